import { connect as connectTcp, type Socket } from 'node:net';
import type { BunRedisRawClient } from 'bullmq';
import { RespParser } from './resp-parser.js';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

const MAX_RECONNECT_DELAY_MS = 2_000;

/**
 * A connection to Redis speaking RESP2, shaped like Bun's built-in `RedisClient` (`send`,
 * `connected`, `onconnect`, `duplicate`, `close`).
 *
 * Why it exists: BullMQ 6 no longer brings a Redis driver (ioredis is an optional peer, and none is
 * installed), but it ships adapters for driver shapes, and `createBunRedisClient` drives anything of
 * this shape; Lua scripts, MULTI and blocking pops stay BullMQ's own code.
 *
 * Two choices make an outage safe:
 * - A command sent while Redis is unreachable fails at once, and one cut off by a lost connection
 *   fails loudly: nothing waits in an offline queue, so the dispatcher fails its batch and the log
 *   consumer retries it later. (BullMQ's adapter turns "Connection closed…" into a quiet null, meant
 *   for its own teardown, so that wording is kept for a close that was asked for.)
 * - Once connected, the connection reconnects by itself, as Bun's client does, and stays
 *   `connected` (alive) meanwhile. The adapter's own reconnect loop is never started, because it
 *   outlives `quit()` when Redis is down at that moment; this one stops at `close()`.
 */
export class RespConnection implements BunRedisRawClient {
  onconnect: (() => void) | null = null;
  onclose: ((error?: Error) => void) | null = null;
  onerror: ((error: Error) => void) | null = null;
  private socket: Socket | undefined;
  /** The socket is connected and authenticated: commands may be sent. */
  private ready = false;
  /** Between the first successful connect and close(). */
  private alive = false;
  private closed = false;
  private retries = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private pending: Pending[] = [];

  constructor(readonly url: string) {}

  get connected(): boolean {
    return this.alive;
  }

  async connect(): Promise<void> {
    if (this.alive) return;
    this.closed = false;
    await this.open();
    this.alive = true;
    this.onconnect?.();
  }

  send<T = unknown>(command: string, args: ReadonlyArray<string | Buffer | number>): Promise<T> {
    if (!this.ready) return Promise.reject(new Error('Redis is not connected'));
    return this.write<T>(command, args);
  }

  get(key: string): Promise<string | null> {
    return this.send('GET', [key]);
  }

  smembers(key: string): Promise<string[]> {
    return this.send('SMEMBERS', [key]);
  }

  incr(key: string): Promise<number> {
    return this.send('INCR', [key]);
  }

  close(): void {
    this.closed = true;
    this.alive = false;
    clearTimeout(this.retryTimer);
    this.socket?.destroy();
  }

  /** A new, unconnected connection to the same server: BullMQ gives each blocking consumer its own. */
  duplicate(): Promise<this> {
    return Promise.resolve(new RespConnection(this.url) as this);
  }

  /** Resolves once the socket is connected and authenticated; a drop afterwards reconnects. */
  private open(): Promise<void> {
    const url = new URL(this.url);
    const socket = connectTcp({ host: url.hostname || '127.0.0.1', port: Number(url.port || 6379) });
    this.socket = socket;
    const parser = new RespParser((reply) => this.settle(reply));
    let lastError: Error | undefined;
    let established = false;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      try {
        parser.push(chunk);
      } catch (error) {
        socket.destroy(error as Error);
      }
    });
    socket.on('error', (error) => {
      lastError = error;
      this.onerror?.(error);
    });
    return new Promise<void>((resolve, reject) => {
      socket.once('connect', () => {
        this.handshake(url).then(
          () => {
            established = true;
            this.ready = true;
            resolve();
          },
          (error: Error) => socket.destroy(error),
        );
      });
      socket.once('close', () => {
        this.ready = false;
        if (this.socket === socket) this.socket = undefined;
        this.failPending(new Error(this.closed ? 'Connection closed' : 'Redis connection lost'));
        if (!established) reject(lastError ?? new Error('Connection closed'));
        else if (this.alive && !this.closed) this.reconnectLater();
      });
    });
  }

  private reconnectLater(): void {
    const delay = Math.min(100 * 2 ** this.retries++, MAX_RECONNECT_DELAY_MS);
    this.retryTimer = setTimeout(() => {
      if (this.closed) return;
      this.open().then(
        () => {
          this.retries = 0;
          // The adapter forgets which scripts the server holds and names the connection again.
          this.onconnect?.();
        },
        () => {
          if (!this.closed) this.reconnectLater();
        },
      );
    }, delay);
  }

  private async handshake(url: URL): Promise<void> {
    const password = decodeURIComponent(url.password);
    if (password) {
      const username = decodeURIComponent(url.username);
      await this.write('AUTH', username ? [username, password] : [password]);
    }
    const db = url.pathname.replace(/^\//, '');
    if (db && db !== '0') await this.write('SELECT', [db]);
  }

  private write<T>(command: string, args: ReadonlyArray<string | Buffer | number>): Promise<T> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.reject(new Error('Redis is not connected'));
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      socket.write(encode([command, ...args]));
    });
  }

  private settle(reply: unknown): void {
    const waiter = this.pending.shift();
    if (!waiter) return;
    if (reply instanceof Error) waiter.reject(reply);
    else waiter.resolve(reply);
  }

  private failPending(error: Error): void {
    const pending = this.pending;
    this.pending = [];
    for (const waiter of pending) waiter.reject(error);
  }
}

function encode(parts: ReadonlyArray<string | Buffer | number>): Buffer {
  const chunks: Buffer[] = [Buffer.from(`*${parts.length}\r\n`)];
  for (const part of parts) {
    const bytes = Buffer.isBuffer(part) ? part : Buffer.from(String(part));
    chunks.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(chunks);
}
