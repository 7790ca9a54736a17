import type { ProjectionStatus } from '../runner/projection-status.js';

/** For another app's /health: a function giving each read model's position and lag. */
export const READ_SIDE_STATUS = Symbol('ReadSideStatus');
export type ReadSideStatus = () => Promise<ProjectionStatus[]>;
