import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@saksi/access';
import { entityId, paymentDue, paymentFailed, paymentPaid, paymentReversed } from '@saksi/events';
import { IdempotencyKey } from '@saksi/http';
import { type KpmCommand, kpmDecider } from '@saksi/programme';
import type { z } from 'zod';
import { CommandService } from '../command/command.service.js';
import { newId } from '../command/new-id.js';
import { streams } from '../command/stream-names.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { authoriseForKpm } from './kpm-access.js';
import { IdentifierChecks } from './identifier-checks.js';
import { httpContext } from './write-context.js';

const due = paymentDue.schema.omit({ kpmId: true }).extend({ paymentId: entityId.optional() });
const paid = paymentPaid.schema.omit({ kpmId: true }).extend({ paymentId: entityId.optional() });
const failed = paymentFailed.schema.omit({ kpmId: true, paymentId: true });
const reversed = paymentReversed.schema.omit({ kpmId: true, paymentId: true });

/**
 * Money as it moved in the field. These are facts: a payment to a family that was not approved is
 * still recorded (and flagged), because hiding it would blind the audit.
 */
@ApiTags('payments')
@Controller('api/v1/beneficiaries/:kpmId')
export class PaymentsController {
  constructor(
    private readonly commands: CommandService,
    private readonly checks: IdentifierChecks,
  ) {}

  @Post('payments-due')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Record a payment falling due for a period / Catat tagihan bantuan' })
  recordDue(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: due }) body: z.infer<typeof due>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    const paymentId = body.paymentId ?? newId('pay', key, actor.id);
    return this.record(
      kpmId,
      { kind: 'record-payment-due', data: { ...body, kpmId, paymentId } },
      'payments-due',
      body,
      actor,
      key,
    );
  }

  @Post('payments')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Record a payment made / Catat pembayaran' })
  recordPaid(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: paid }) body: z.infer<typeof paid>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    this.checks.assert((check) => check.fieldDate('paidOn', body.paidOn));
    const paymentId = body.paymentId ?? newId('pay', key, actor.id);
    return this.record(
      kpmId,
      { kind: 'record-payment', data: { ...body, kpmId, paymentId } },
      'payments',
      body,
      actor,
      key,
    );
  }

  @Post('payments/:paymentId/failure')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Record a failed payment / Catat pembayaran gagal' })
  recordFailure(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Param('paymentId', { schema: entityId }) paymentId: string,
    @Body({ schema: failed }) body: z.infer<typeof failed>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    const command: KpmCommand = { kind: 'record-payment-failure', data: { ...body, kpmId, paymentId } };
    return this.record(kpmId, command, 'payments/:paymentId/failure', { paymentId, body }, actor, key);
  }

  @Post('payments/:paymentId/reversal')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Record a reversed payment / Catat pembatalan pembayaran' })
  recordReversal(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Param('paymentId', { schema: entityId }) paymentId: string,
    @Body({ schema: reversed }) body: z.infer<typeof reversed>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    const command: KpmCommand = { kind: 'record-payment-reversal', data: { ...body, kpmId, paymentId } };
    return this.record(kpmId, command, 'payments/:paymentId/reversal', { paymentId, body }, actor, key);
  }

  private record(
    kpmId: string,
    command: KpmCommand,
    route: string,
    request: unknown,
    actor: Actor,
    key: string | undefined,
  ) {
    return this.commands.execute(
      streams.kpm(kpmId),
      kpmDecider,
      command,
      httpContext(actor, `POST /beneficiaries/:kpmId/${route}`, { kpmId, request }, key),
      (state) => authoriseForKpm(actor, kpmId, state),
    );
  }
}
