/** The official code shape of each level; each level adds one dotted segment to its parent's code. */
export const AREA_CODE_PATTERNS = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
} as const;

export type AreaLevel = keyof typeof AREA_CODE_PATTERNS;

/**
 * Whether `text` has the shape of a village code. Shape only: whether the village exists is
 * `AreaDirectory.villageExists`, which needs the loaded lists.
 */
export function isVillageCode(text: string): boolean {
  return AREA_CODE_PATTERNS.village.test(text);
}
