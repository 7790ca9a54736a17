import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { STORAGE, type Storage } from '@saksi/database';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** The head is what a public page will publish: anyone can later check it with `saksi verify`. */
  @Get()
  @Public()
  async health() {
    const head = await this.events.head();
    return {
      status: 'ok',
      storage: { mode: this.storage.mode, description: this.storage.description },
      log: { headPosition: head.position, headHash: head.hash },
    };
  }
}
