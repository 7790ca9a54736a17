import { type ConsumerStatus, consumerStatus } from '@saksi/consumers';
import type { DataSource } from 'typeorm';
import { PROJECTIONS } from '../projections.js';

export type ProjectionStatus = ConsumerStatus;

/** Where each read model stands against the log's head. */
export function projectionStatus(dataSource: DataSource): Promise<ProjectionStatus[]> {
  return consumerStatus(
    dataSource,
    PROJECTIONS.map((projection) => projection.name),
  );
}
