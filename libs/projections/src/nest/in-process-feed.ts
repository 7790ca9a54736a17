import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DATA_SOURCE } from '@saksi/database';
import type { Pseudonymise } from '@saksi/events';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import { followLogInProcess } from '../runner/live-projections.js';
import { PSEUDONYMISE } from './pseudonymise.token.js';

type Feed = Awaited<ReturnType<typeof followLogInProcess>>;

/** The embedded default's projector: the read models follow the log inside this process. */
@Injectable()
export class InProcessProjectionFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private feed: Feed | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PSEUDONYMISE) private readonly pseudonymise: Pseudonymise,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.feed = await followLogInProcess(this.store, this.dataSource, this.pseudonymise);
    new Logger('Projections').log('Read models follow the log in process');
  }

  /** Resolves once every read model has applied the log up to `position` (tests, the demo). */
  waitFor(position: number, timeoutMs?: number): Promise<void> {
    return this.feed ? this.feed.waitFor(position, timeoutMs) : Promise.resolve();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.feed?.stop();
  }
}
