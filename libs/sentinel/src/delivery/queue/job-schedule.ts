import { WIB_OFFSET_MS } from '../processing/wib-today.js';
import type { ScanSchedule } from '../job-queue.port.js';

/** BullMQ's exponential backoff, so both queues wait alike: base, 2×base, 4×base… */
export function retryDelayMs(backoffMs: number, attemptsMade: number): number {
  return backoffMs * 2 ** Math.max(0, attemptsMade - 1);
}

const DAY = 86_400_000;

/** Milliseconds from `now` until the next run of the daily scan. */
export function nextScanInMs(schedule: ScanSchedule, now: Date = new Date()): number {
  if ('everyMs' in schedule) return schedule.everyMs;
  const [hours, minutes] = parseTimeOfDay(schedule.dailyAt);
  const wibMsOfDay = (now.getTime() + WIB_OFFSET_MS) % DAY;
  const target = (hours * 60 + minutes) * 60_000;
  const wait = target - wibMsOfDay;
  return wait > 0 ? wait : wait + DAY;
}

/** The cron pattern BullMQ's job scheduler takes for the same time of day (with tz Asia/Jakarta). */
export function dailyCronPattern(dailyAt: string): string {
  const [hours, minutes] = parseTimeOfDay(dailyAt);
  return `${minutes} ${hours} * * *`;
}

function parseTimeOfDay(value: string): [number, number] {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new Error(`The daily scan time must look like 01:30 (HH:MM in WIB), not "${value}"`);
  return [Number(match[1]), Number(match[2])];
}
