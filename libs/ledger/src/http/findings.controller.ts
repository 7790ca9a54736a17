import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@saksi/access';
import { entityId, findingRecorded } from '@saksi/events';
import { IdempotencyKey } from '@saksi/http';
import { findingDecider } from '@saksi/programme';
import type { z } from 'zod';
import { CommandService } from '../command/command.service.js';
import { newId } from '../command/new-id.js';
import { streams } from '../command/stream-names.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { IdentifierChecks } from './identifier-checks.js';
import { httpContext } from './write-context.js';

const finding = findingRecorded.schema.extend({ findingId: entityId.optional() });

/** Oversight forums (BPD, community forums, NGOs) record what they found when they audited. */
@ApiTags('findings')
@Controller('api/v1/findings')
export class FindingsController {
  constructor(
    private readonly commands: CommandService,
    private readonly checks: IdentifierChecks,
  ) {}

  @Post()
  @Roles('forum', 'inspector', 'admin')
  @ApiOperation({ summary: 'Record an oversight finding / Catat temuan pengawasan' })
  async record(
    @Body({ schema: finding }) body: z.infer<typeof finding>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome & { findingId: string }> {
    this.checks.assert((check) => check.village('villageCode', body.villageCode));
    const findingId = body.findingId ?? newId('finding', key, actor.id);
    const outcome = await this.commands.execute(
      streams.finding(findingId),
      findingDecider,
      { kind: 'record-finding', data: { ...body, findingId } },
      httpContext(actor, 'POST /findings', body, key),
    );
    return { ...outcome, findingId };
  }
}
