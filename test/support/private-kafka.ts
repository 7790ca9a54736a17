import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';
import { processAlive } from './process-alive.js';
import { repoRoot } from './saksi-process.js';

const run = promisify(execFile);

/**
 * A Kafka broker of a test's own (deploy/kafka/kafka.sh with a state folder and ports of its own),
 * which the test may stop, kill and start again while the shared broker serves every other suite.
 */
export class PrivateKafka {
  private constructor(
    private readonly state: string,
    readonly port: number,
    private readonly controllerPort: number,
  ) {}

  static async start(): Promise<PrivateKafka> {
    const kafka = new PrivateKafka(
      mkdtempSync(join(tmpdir(), 'saksi-kafka-')),
      await freePort(),
      await freePort(),
    );
    await kafka.start();
    return kafka;
  }

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  start(): Promise<void> {
    return this.script('start');
  }

  /** An orderly stop: the broker flushes its logs and leaves a clean-shutdown marker. */
  stop(): Promise<void> {
    return this.script('stop');
  }

  /** As a crash would: SIGKILL; the next start recovers its logs. */
  async kill(): Promise<void> {
    const pid = Number(readFileSync(join(this.state, 'kafka.pid'), 'utf8').trim());
    process.kill(pid, 'SIGKILL');
    while (processAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.state, { recursive: true, force: true });
  }

  private async script(command: 'start' | 'stop'): Promise<void> {
    await run('bash', ['deploy/kafka/kafka.sh', command], {
      cwd: repoRoot,
      env: {
        ...process.env,
        SAKSI_KAFKA_STATE: this.state,
        SAKSI_KAFKA_PORT: String(this.port),
        SAKSI_KAFKA_CONTROLLER_PORT: String(this.controllerPort),
        // Two brokers on two cores: a small heap is plenty for one test's topic.
        SAKSI_KAFKA_HEAP: '384m',
      },
      timeout: 180_000,
    });
  }
}
