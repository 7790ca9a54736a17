import type { Projection } from './projection.js';
import { alertsProjection } from './read-models/alerts.projection.js';
import { beneficiariesProjection } from './read-models/beneficiaries.projection.js';
import { grievancesProjection } from './read-models/grievances.projection.js';
import { programmesProjection } from './read-models/programmes.projection.js';
import { trainingProjection } from './read-models/training.projection.js';

/** Every read model, by the name `saksi replay` and /health use. */
export const PROJECTIONS: readonly Projection[] = [
  programmesProjection,
  beneficiariesProjection,
  trainingProjection,
  grievancesProjection,
  alertsProjection,
];

export function projectionNamed(name: string): Projection | undefined {
  return PROJECTIONS.find((projection) => projection.name === name);
}
