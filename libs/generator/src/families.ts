import { SeededRandom } from '@saksi/anomalies';
import type { FamilyDistribution } from './generator.options.js';
import { seedOf } from './seeds.js';

/** How many families a village registers: log-normal, the same for a village whatever else is generated. */
export function familiesOf(seed: number, villageCode: string, distribution: FamilyDistribution): number {
  const random = new SeededRandom(seedOf(seed, `families:${villageCode}`));
  // Box-Muller: a standard normal from two uniforms (1 - u keeps the logarithm finite).
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  const drawn = Math.round(distribution.median * Math.exp(distribution.spread * normal));
  return Math.min(distribution.max, Math.max(distribution.min, drawn));
}
