/**
 * The sentinel's own thresholds, versioned: an alert names the version it was judged under, so a
 * changed threshold never makes old alerts unexplainable. Programme thresholds (monthly amount, the
 * allocation share, months a year, P3KE, PKH, women's share) are NOT here: they change by year and
 * law, so they come from the programme's `programme.created` event.
 */
export interface SentinelConfig {
  version: string;
  /** An entry recorded more than this many days after it happened is backdated. */
  backdatingLimitDays: number;
  /** More payments than this by one actor for one paidOn day is a burst. */
  burstThreshold: number;
  /** The women's share is judged only once a village and programme trained this many KPM. */
  minTrainedKpmForGap: number;
  /** A month counts as unpaid this many days after it ends (quarterly payers need ~90). */
  unpaidGraceDays: number;
  /** Attendance may be recorded after a session is held; it is judged this many days after. */
  attendanceGraceDays: number;
  /** Scans look back this far past a deadline, so a daily job stays bounded as the log grows. */
  scanWindowDays: number;
}

export const DEFAULT_SENTINEL_CONFIG: SentinelConfig = {
  version: '2024.1',
  backdatingLimitDays: 60,
  burstThreshold: 50,
  minTrainedKpmForGap: 10,
  unpaidGraceDays: 30,
  attendanceGraceDays: 7,
  scanWindowDays: 90,
};
