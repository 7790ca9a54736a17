import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, assertMayWriteForVillage, CurrentActor, Roles } from '@saksi/access';
import { entityId, programmeCreated, villageAllocationSet } from '@saksi/events';
import { IdempotencyKey } from '@saksi/http';
import { programmeDecider } from '@saksi/programme';
import type { z } from 'zod';
import { CommandService } from '../command/command.service.js';
import { streams } from '../command/stream-names.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { IdentifierChecks } from './identifier-checks.js';
import { httpContext } from './write-context.js';

const allocation = villageAllocationSet.schema.omit({ programmeId: true });

@ApiTags('programmes')
@Controller('api/v1/programmes')
export class ProgrammesController {
  constructor(
    private readonly commands: CommandService,
    private readonly checks: IdentifierChecks,
  ) {}

  /** Programmes and their yearly rules are set up by administrators. */
  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a programme with its year rules / Buat program' })
  create(
    @Body({ schema: programmeCreated.schema }) body: z.infer<typeof programmeCreated.schema>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.commands.execute(
      streams.programme(body.programmeId),
      programmeDecider,
      { kind: 'create-programme', data: body },
      httpContext(actor, 'POST /programmes', body, key),
    );
  }

  @Post(':programmeId/allocations')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: "Set or revise a village's Dana Desa and BLT allocation / Tetapkan alokasi desa" })
  setAllocation(
    @Param('programmeId', { schema: entityId }) programmeId: string,
    @Body({ schema: allocation }) body: z.infer<typeof allocation>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    assertMayWriteForVillage(actor, body.villageCode);
    this.checks.assert((check) => check.village('villageCode', body.villageCode));
    return this.commands.execute(
      streams.programme(programmeId),
      programmeDecider,
      { kind: 'set-village-allocation', data: { ...body, programmeId } },
      httpContext(actor, 'POST /programmes/:programmeId/allocations', { programmeId, body }, key),
    );
  }
}
