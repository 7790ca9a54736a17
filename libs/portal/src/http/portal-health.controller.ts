import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import type { Response } from 'express';

/** The portal on its own answers /health like every app: 200 while the log answers, 503 otherwise. */
@ApiExcludeController()
@Controller('health')
@Public()
export class PortalHealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    try {
      const head = await this.store.head();
      return { status: 'ok', log: { headPosition: head.position, headHash: head.hash } };
    } catch {
      response.status(503);
      return { status: 'unavailable', reason: 'the event log does not answer' };
    }
  }
}
