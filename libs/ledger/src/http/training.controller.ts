import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, assertMayWriteForVillage, CurrentActor, Roles } from '@saksi/access';
import { attendanceRecorded, entityId, trainingHeld, trainingScheduled } from '@saksi/events';
import { IdempotencyKey } from '@saksi/http';
import { type TrainingCommand, trainingDecider, TrainingError, type TrainingState } from '@saksi/programme';
import type { z } from 'zod';
import { CommandService } from '../command/command.service.js';
import { newId } from '../command/new-id.js';
import { streams } from '../command/stream-names.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { IdentifierChecks } from './identifier-checks.js';
import { httpContext } from './write-context.js';

const schedule = trainingScheduled.schema.extend({ sessionId: entityId.optional() });
const held = trainingHeld.schema.omit({ sessionId: true });
const attendance = attendanceRecorded.schema.omit({ sessionId: true });

/** Training and capacity building: sessions and who attended them. */
@ApiTags('training')
@Controller('api/v1/training-sessions')
export class TrainingController {
  constructor(
    private readonly commands: CommandService,
    private readonly checks: IdentifierChecks,
  ) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Schedule a training session / Jadwalkan pelatihan' })
  schedule(
    @Body({ schema: schedule }) body: z.infer<typeof schedule>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome & { sessionId: string }> {
    assertMayWriteForVillage(actor, body.villageCode);
    this.checks.assert((check) =>
      check.village('villageCode', body.villageCode).fieldDate('startsAt', body.startsAt),
    );
    const sessionId = body.sessionId ?? newId('session', key, actor.id);
    return this.commands
      .execute(
        streams.training(sessionId),
        trainingDecider,
        { kind: 'schedule-training', data: { ...body, sessionId } },
        httpContext(actor, 'POST /training-sessions', body, key),
      )
      .then((outcome) => ({ ...outcome, sessionId }));
  }

  @Post(':sessionId/held')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Record that a session was held / Catat pelatihan terlaksana' })
  recordHeld(
    @Param('sessionId', { schema: entityId }) sessionId: string,
    @Body({ schema: held }) body: z.infer<typeof held>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.record(
      sessionId,
      { kind: 'record-training-held', data: { ...body, sessionId } },
      'held',
      body,
      actor,
      key,
    );
  }

  @Post(':sessionId/attendance')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Record attendance / Catat kehadiran' })
  recordAttendance(
    @Param('sessionId', { schema: entityId }) sessionId: string,
    @Body({ schema: attendance }) body: z.infer<typeof attendance>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    this.checks.assert((check) =>
      check
        .fieldDate('attendedAt', body.attendedAt)
        .birthDate('participant.birthDate', body.participant.birthDate),
    );
    return this.record(
      sessionId,
      { kind: 'record-attendance', data: { ...body, sessionId } },
      'attendance',
      body,
      actor,
      key,
    );
  }

  private record(
    sessionId: string,
    command: TrainingCommand,
    route: string,
    body: unknown,
    actor: Actor,
    key: string | undefined,
  ) {
    return this.commands.execute(
      streams.training(sessionId),
      trainingDecider,
      command,
      httpContext(actor, `POST /training-sessions/:sessionId/${route}`, { sessionId, body }, key),
      (state: TrainingState) => {
        if (state.villageCode === undefined) throw TrainingError.notFound(sessionId);
        assertMayWriteForVillage(actor, state.villageCode);
      },
    );
  }
}
