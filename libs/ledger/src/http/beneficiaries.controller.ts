import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, assertMayWriteForVillage, CurrentActor, Roles } from '@saksi/access';
import {
  beneficiaryApproved,
  beneficiaryDeceased,
  beneficiaryExited,
  beneficiaryRegistered,
  beneficiaryRejected,
  beneficiaryReinstated,
  beneficiarySuspended,
  beneficiaryVerified,
  entityId,
} from '@saksi/events';
import { IdempotencyKey } from '@saksi/http';
import { type KpmCommand, kpmDecider } from '@saksi/programme';
import { z } from 'zod';
import { CommandService } from '../command/command.service.js';
import { authoriseForKpm } from './kpm-access.js';
import { newId } from '../command/new-id.js';
import { streams } from '../command/stream-names.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { IdentifierChecks } from './identifier-checks.js';
import { httpContext } from './write-context.js';

const registration = beneficiaryRegistered.schema.extend({ kpmId: entityId.optional() });

const lifecycle = {
  verification: { kind: 'verify', schema: beneficiaryVerified.schema.omit({ kpmId: true }) },
  approval: { kind: 'approve', schema: beneficiaryApproved.schema.omit({ kpmId: true }) },
  rejection: { kind: 'reject', schema: beneficiaryRejected.schema.omit({ kpmId: true }) },
  suspension: { kind: 'suspend', schema: beneficiarySuspended.schema.omit({ kpmId: true }) },
  reinstatement: { kind: 'reinstate', schema: beneficiaryReinstated.schema.omit({ kpmId: true }) },
  exit: { kind: 'exit', schema: beneficiaryExited.schema.omit({ kpmId: true }) },
} as const;

/** Beneficiary families (KPM): registration and the decisions of their lifecycle. */
@ApiTags('beneficiaries')
@Controller('api/v1/beneficiaries')
export class BeneficiariesController {
  constructor(
    private readonly commands: CommandService,
    private readonly checks: IdentifierChecks,
  ) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Register a beneficiary family (KPM) / Daftarkan KPM' })
  async register(
    @Body({ schema: registration }) body: z.infer<typeof registration>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome & { kpmId: string }> {
    assertMayWriteForVillage(actor, body.villageCode);
    this.checks.assert((check) => {
      check.village('villageCode', body.villageCode);
      check.nik('head.nik', body.head.nik, body.head);
      check.birthDate('head.birthDate', body.head.birthDate);
      body.members.forEach((member, index) =>
        check.birthDate(`members[${index}].birthDate`, member.birthDate),
      );
    });
    const kpmId = body.kpmId ?? newId('kpm', key, actor.id);
    const command: KpmCommand = { kind: 'register', data: { ...body, kpmId } };
    const outcome = await this.commands.execute(
      streams.kpm(kpmId),
      kpmDecider,
      command,
      httpContext(actor, 'POST /beneficiaries', body, key),
    );
    return { ...outcome, kpmId };
  }

  @Post(':kpmId/death')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Record the death of a KPM head / Catat kematian' })
  async recordDeath(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: beneficiaryDeceased.schema.omit({ kpmId: true }) })
    body: { dateOfDeath: string; evidenceRef?: string },
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    this.checks.assert((check) => check.fieldDate('dateOfDeath', body.dateOfDeath));
    return this.commands.execute(
      streams.kpm(kpmId),
      kpmDecider,
      { kind: 'record-death', data: { ...body, kpmId } },
      httpContext(actor, 'POST /beneficiaries/:kpmId/death', { kpmId, body }, key),
      (state) => authoriseForKpm(actor, kpmId, state),
    );
  }

  @Post(':kpmId/verification')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Verify a KPM / Verifikasi KPM' })
  verify(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: lifecycle.verification.schema }) body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.decide('verification', kpmId, body, actor, key);
  }

  @Post(':kpmId/approval')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Record the Musdes approval of a KPM / Persetujuan Musdes' })
  approve(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: lifecycle.approval.schema }) body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.decide('approval', kpmId, body, actor, key);
  }

  @Post(':kpmId/rejection')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Reject a KPM / Tolak KPM' })
  reject(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: lifecycle.rejection.schema }) body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.decide('rejection', kpmId, body, actor, key);
  }

  @Post(':kpmId/suspension')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Suspend a KPM / Tangguhkan KPM' })
  suspend(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: lifecycle.suspension.schema }) body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.decide('suspension', kpmId, body, actor, key);
  }

  @Post(':kpmId/reinstatement')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Reinstate a suspended KPM / Pulihkan KPM' })
  reinstate(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: lifecycle.reinstatement.schema }) body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.decide('reinstatement', kpmId, body, actor, key);
  }

  @Post(':kpmId/exit')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Exit a KPM from the programme / Keluarkan KPM' })
  exit(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: lifecycle.exit.schema }) body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.decide('exit', kpmId, body, actor, key);
  }

  private decide(
    decision: keyof typeof lifecycle,
    kpmId: string,
    body: Record<string, unknown>,
    actor: Actor,
    key: string | undefined,
  ): Promise<WriteOutcome> {
    if (typeof body['musdesDate'] === 'string') {
      const musdesDate = body['musdesDate'];
      this.checks.assert((check) => check.fieldDate('musdesDate', musdesDate));
    }
    const command = { kind: lifecycle[decision].kind, data: { ...body, kpmId } } as KpmCommand;
    return this.commands.execute(
      streams.kpm(kpmId),
      kpmDecider,
      command,
      httpContext(actor, `POST /beneficiaries/:kpmId/${decision}`, { kpmId, body }, key),
      (state) => authoriseForKpm(actor, kpmId, state),
    );
  }
}
