import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, assertMayWriteForVillage, CurrentActor, Roles } from '@saksi/access';
import { catalogue, eventCorrected } from '@saksi/events';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { IdempotencyKey } from '@saksi/http';
import { CorrectionError, decideCorrection } from '@saksi/programme';
import type { z } from 'zod';
import { CommandService } from '../command/command.service.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { httpContext } from './write-context.js';

const correction = eventCorrected.schema.omit({ correctsType: true });
type CorrectionBody = z.infer<typeof correction>;

/**
 * Nothing is edited: a correction is appended to the stream of the event it corrects. The village
 * whose operators may correct is the one the corrected event names (a village's allocation on the
 * programme's stream, which its operators set), else the one the stream's first event names (a
 * family's payment, on the stream its registration opened).
 */
@ApiTags('corrections')
@Controller('api/v1/corrections')
export class CorrectionsController {
  constructor(
    private readonly commands: CommandService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Correct a recorded event / Koreksi catatan' })
  async correct(
    @Body({ schema: correction }) body: CorrectionBody,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    const [target] = await this.store.eventsById([body.correctsEventId]);
    if (!target) throw CorrectionError.targetNotInStream(body.correctsEventId, '?');
    return this.commands.executeOnHistory(
      target.streamId,
      (history) => {
        const events = history.map((event) => ({ eventId: event.eventId, ...catalogue.read(event) }));
        const villageOf = (event: (typeof events)[number] | undefined) =>
          (event?.data as { villageCode?: string } | undefined)?.villageCode;
        const corrected = events.find((event) => event.eventId === target.eventId);
        assertMayWriteForVillage(actor, villageOf(corrected) ?? villageOf(events[0]) ?? '');
        return decideCorrection(target.streamId, body, events);
      },
      httpContext(actor, 'POST /corrections', body, key),
    );
  }
}
