import { readFileSync } from 'node:fs';

const MB = 1024 * 1024;

export interface RssSample {
  /** Since sampling began. */
  atMs: number;
  bytes: number;
}

/** The resident set of some processes (VmRSS from /proc), every `everyMs`. */
export class RssSamples {
  readonly samples = new Map<string, RssSample[]>();
  private timer: NodeJS.Timeout | undefined;
  private began = 0;

  constructor(
    private readonly pids: ReadonlyMap<string, number>,
    private readonly everyMs: number,
  ) {}

  start(): this {
    this.began = Date.now();
    this.take();
    this.timer = setInterval(() => this.take(), this.everyMs);
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.take();
  }

  private take(): void {
    const atMs = Date.now() - this.began;
    for (const [name, pid] of this.pids) {
      const bytes = residentBytes(pid);
      if (bytes === undefined) continue;
      this.samples.set(name, [...(this.samples.get(name) ?? []), { atMs, bytes }]);
    }
  }
}

/** How one process's memory moved after warm-up: the medians of the first and the last third. */
export interface MemoryTrend {
  name: string;
  samples: number;
  firstThirdMb: number;
  lastThirdMb: number;
  growthMb: number;
  maxMb: number;
}

export function memoryTrend(name: string, samples: readonly RssSample[], warmUpMs: number): MemoryTrend {
  const steady = samples.filter((sample) => sample.atMs >= warmUpMs).map((sample) => sample.bytes / MB);
  const third = Math.max(1, Math.floor(steady.length / 3));
  const firstThirdMb = median(steady.slice(0, third));
  const lastThirdMb = median(steady.slice(-third));
  return {
    name,
    samples: steady.length,
    firstThirdMb: round(firstThirdMb),
    lastThirdMb: round(lastThirdMb),
    growthMb: round(lastThirdMb - firstThirdMb),
    maxMb: round(Math.max(...steady)),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** undefined once the process is gone. */
function residentBytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
