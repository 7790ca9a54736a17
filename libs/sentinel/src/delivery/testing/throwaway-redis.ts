import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { RespConnection } from '../queue/resp-connection.js';

export interface ThrowawayRedis {
  url: string;
  /** Stops the server as a crash would (SIGKILL): no goodbye to its clients. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A redis-server of its own on a free port, without persistence, that a test may stop and start. */
export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child = started;
    await new Promise<void>((resolve, reject) => {
      started.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
      started.stdout.on('data', (line: Buffer) => {
        if (line.toString().includes('Ready to accept connections')) resolve();
      });
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop: async () => {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Removes a test's keys from the shared Redis. */
export async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new RespConnection(url);
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.send<[string, string[]]>('SCAN', [
        cursor,
        'MATCH',
        `${prefix}:*`,
        'COUNT',
        '1000',
      ]);
      if (keys.length > 0) await redis.send('DEL', keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.close();
  }
}
