import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { STORAGE, type Storage } from '@saksi/database';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { READ_SIDE_STATUS, type ReadSideStatus } from '@saksi/projections';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Optional() @Inject(READ_SIDE_STATUS) private readonly readSide?: ReadSideStatus,
  ) {}

  /**
   * Ready only when the log answers: 503 otherwise, so a readiness probe stops sending traffic. The
   * head is what a public page will publish; anyone can later check it with `saksi verify`.
   */
  @Get()
  @Public()
  async health(@Res({ passthrough: true }) response: Response) {
    const storage = { mode: this.storage.mode, description: this.storage.description };
    try {
      const head = await this.events.head();
      const projections = this.readSide ? { projections: await this.readSide() } : {};
      return {
        status: 'ok',
        storage,
        log: { headPosition: head.position, headHash: head.hash },
        ...projections,
      };
    } catch {
      response.status(503);
      return { status: 'unavailable', storage, reason: 'the event log does not answer' };
    }
  }
}
