import { randomInt } from 'node:crypto';
import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, assertMayWriteForVillage, CurrentActor, Public, Roles } from '@saksi/access';
import { entityId, grievanceAnswered, grievanceFiled } from '@saksi/events';
import { IdempotencyKey } from '@saksi/http';
import { grievanceDecider, GrievanceError, type GrievanceState } from '@saksi/programme';
import { validate as isUuid } from 'uuid';
import type { z } from 'zod';
import { IdempotencyError } from '../command/idempotency.errors.js';
import { CLOCK, type Clock } from '../command/clock.port.js';
import { CommandService } from '../command/command.service.js';
import { newId } from '../command/new-id.js';
import { streams } from '../command/stream-names.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { IdentifierChecks } from './identifier-checks.js';
import { httpContext } from './write-context.js';

/** What a citizen sends: the rest (ids, tracking code, deadline) Saksi sets. */
const filing = grievanceFiled.schema.pick({
  villageCode: true,
  programmeId: true,
  category: true,
  text: true,
  contact: true,
});
const answer = grievanceAnswered.schema.omit({ grievanceId: true });

/** Days to answer a grievance before it counts as overdue. */
const ANSWER_WITHIN_DAYS = 14;
const TRACKING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I to misread

@ApiTags('grievances')
@Controller('api/v1/grievances')
export class GrievancesController {
  constructor(
    private readonly commands: CommandService,
    private readonly checks: IdentifierChecks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Anyone may file a grievance, without an account and without giving a name. */
  @Post()
  @Public()
  @ApiOperation({ summary: 'File a grievance / Ajukan pengaduan' })
  async file(
    @Body({ schema: filing }) body: z.infer<typeof filing>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome & { grievanceId: string; trackingCode: string; answerDueBy: string }> {
    // Every anonymous caller is "citizen": only an unguessable key keeps two citizens' retries apart.
    if (key !== undefined && actor.role === 'citizen' && !isUuid(key))
      throw IdempotencyError.citizenKeyNotUuid();
    this.checks.assert((check) => check.village('villageCode', body.villageCode));
    const grievanceId = newId('grievance', key, actor.id);
    const filing = {
      ...body,
      grievanceId,
      trackingCode: `${code(4)}-${code(4)}`,
      anonymous: body.contact === undefined,
      answerDueBy: new Date(this.clock.now().getTime() + ANSWER_WITHIN_DAYS * 86_400_000)
        .toISOString()
        .slice(0, 10),
    };
    const outcome = await this.commands.execute(
      streams.grievance(grievanceId),
      grievanceDecider,
      { kind: 'file-grievance', data: filing },
      httpContext(actor, 'POST /grievances', body, key),
    );
    // A retry answers the tracking code the citizen was first given, not a new one.
    const [filed] = outcome.duplicate
      ? await this.commands.readWholeStream(streams.grievance(grievanceId))
      : [];
    const { trackingCode, answerDueBy } = (filed?.data as typeof filing | undefined) ?? filing;
    return { ...outcome, grievanceId, trackingCode, answerDueBy };
  }

  @Post(':grievanceId/answer')
  @Roles('operator', 'inspector', 'admin')
  @ApiOperation({ summary: 'Answer a grievance / Jawab pengaduan' })
  answer(
    @Param('grievanceId', { schema: entityId }) grievanceId: string,
    @Body({ schema: answer }) body: z.infer<typeof answer>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.commands.execute(
      streams.grievance(grievanceId),
      grievanceDecider,
      { kind: 'answer-grievance', data: { ...body, grievanceId } },
      httpContext(actor, 'POST /grievances/:grievanceId/answer', { grievanceId, body }, key),
      (state: GrievanceState) => {
        if (!state.filed) throw GrievanceError.notFound(grievanceId);
        // Inspectors answer any grievance; an operator only those about their own villages.
        if (actor.role === 'operator') assertMayWriteForVillage(actor, state.villageCode ?? '');
      },
    );
  }
}

function code(length: number): string {
  return Array.from({ length }, () => TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)]).join('');
}
