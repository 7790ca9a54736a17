import { Controller, Get, Inject } from '@nestjs/common';
import { STORAGE, type Storage } from '@saksi/database';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** The head is what a public page will publish: anyone can later check it with `saksi verify`. */
  @Get()
  async health() {
    const head = await this.events.head();
    return {
      status: 'ok',
      storage: { mode: this.storage.mode, description: this.storage.description },
      log: { headPosition: head.position, headHash: head.hash },
    };
  }
}
