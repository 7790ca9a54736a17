/** WIB (Asia/Jakarta) is UTC+7 all year: Indonesia keeps no daylight saving time. */
export const WIB_OFFSET_MS = 7 * 3_600_000;

/** The calendar day in WIB at `now`, as YYYY-MM-DD. */
export function wibToday(now: Date = new Date()): string {
  return new Date(now.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}
