import { readFileSync } from 'node:fs';

/** A process's peak resident set (VmHWM) in bytes; undefined once it has exited, or off Linux. */
export function peakRss(pid: number): number | undefined {
  return statusKilobytes(pid, 'VmHWM');
}

/** This process's peak resident set in bytes (maxRSS is in kilobytes). */
export function selfPeakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * Polls the resident set of some processes and keeps each one's largest. VmHWM is gone with the
 * process, so a child that exits before the bench asks keeps its peak here (to within a poll).
 */
export class RssSampler {
  private readonly peaks = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pids: number[],
    private readonly everyMs = 500,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
    // A forgotten sampler must not keep the bench alive.
    this.timer.unref();
    return this;
  }

  /** Each pid's largest sampled VmRSS in bytes, after one last sample. */
  stop(): Map<number, number> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
    return new Map(this.peaks);
  }

  private sample(): void {
    for (const pid of this.pids) {
      const rss = statusKilobytes(pid, 'VmRSS');
      if (rss !== undefined && rss > (this.peaks.get(pid) ?? 0)) this.peaks.set(pid, rss);
    }
  }
}

function statusKilobytes(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}
