import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** What the figures were measured on, printed above them. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const postgres = (() => {
    try {
      return execFileSync('psql', ['-V'], { encoding: 'utf8' }).trim();
    } catch {
      return 'psql not found';
    }
  })();
  return [
    `${cpus().length} cores (${cpu})`,
    `${Math.round(totalmem() / 2 ** 30)} GiB memory`,
    `Node.js ${process.version}`,
    `${postgres} server with default settings (fsync on)`,
    'Kafka 3.9 single-node KRaft broker (deploy/kafka/kafka.sh)',
  ].join(', ');
}
