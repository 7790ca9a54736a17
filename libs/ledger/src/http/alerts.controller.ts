import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@saksi/access';
import { DATA_SOURCE } from '@saksi/database';
import { alertAcknowledged, alertDismissed, alertEscalated, alertResolved } from '@saksi/events';
import { IdempotencyKey } from '@saksi/http';
import { type AlertCommand, alertDecider, AlertError } from '@saksi/programme';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { CommandService } from '../command/command.service.js';
import { streams } from '../command/stream-names.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { httpContext } from './write-context.js';

const alertId = z.uuid();
const inbox = z.strictObject({
  region: z
    .string()
    .regex(/^(\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)?$/, 'an area code such as 11.01')
    .default(''),
  status: z.enum(['open', 'acknowledged', 'dismissed', 'resolved']).optional(),
  severity: z.enum(['low', 'medium', 'high', 'critical']).optional(),
  rule: z.string().max(100).optional(),
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const acknowledge = alertAcknowledged.schema.omit({ alertId: true });
const dismiss = alertDismissed.schema.omit({ alertId: true });
const escalate = alertEscalated.schema.omit({ alertId: true });
const resolve = alertResolved.schema.omit({ alertId: true });

/**
 * The inspectors' inbox and their triage. Every triage step is an event on the alert's stream, so
 * oversight can audit the auditors: who acknowledged, dismissed (and why), escalated or resolved.
 */
@ApiTags('alerts')
@Controller('api/v1/alerts')
@Roles('inspector', 'admin')
export class AlertsController {
  constructor(
    private readonly commands: CommandService,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Alert inbox by region, status, severity and rule / Kotak peringatan' })
  async list(@Query({ schema: inbox }) query: z.infer<typeof inbox>) {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `select alert_id, rule_code, severity, village_code, programme_id, subject, evidence, details,
         status, level, raised_at, raised_position, acknowledged_at, closed_at, closing_note, last_position
       from alert_view
       where ($1 = '' or village_code = $1 or village_code like $1 || '.%')
         and ($2::text is null or status = $2) and ($3::text is null or severity = $3)
         and ($4::text is null or rule_code = $4) and raised_position > $5
       order by raised_position limit $6`,
      [
        query.region,
        query.status ?? null,
        query.severity ?? null,
        query.rule ?? null,
        query.after,
        query.limit,
      ],
    );
    const last = rows.at(-1)?.['raised_position'];
    return { alerts: rows, next: rows.length === query.limit && last !== undefined ? Number(last) : null };
  }

  @Get(':alertId')
  @ApiOperation({ summary: 'One alert with its triage / Satu peringatan' })
  async one(@Param('alertId', { schema: alertId }) id: string) {
    const [row] = await this.dataSource.query<Record<string, unknown>[]>(
      'select * from alert_view where alert_id = $1',
      [id],
    );
    if (!row) throw AlertError.notFound(id);
    return row;
  }

  @Post(':alertId/acknowledge')
  @ApiOperation({ summary: 'Acknowledge an alert / Terima peringatan' })
  acknowledge(
    @Param('alertId', { schema: alertId }) id: string,
    @Body({ schema: acknowledge }) body: z.infer<typeof acknowledge>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.triage(id, { kind: 'acknowledge-alert', data: { ...body, alertId: id } }, actor, key);
  }

  @Post(':alertId/dismiss')
  @ApiOperation({ summary: 'Dismiss an alert with a reason / Tolak peringatan dengan alasan' })
  dismiss(
    @Param('alertId', { schema: alertId }) id: string,
    @Body({ schema: dismiss }) body: z.infer<typeof dismiss>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.triage(id, { kind: 'dismiss-alert', data: { ...body, alertId: id } }, actor, key);
  }

  @Post(':alertId/escalate')
  @ApiOperation({ summary: 'Escalate an alert to a higher level / Eskalasi peringatan' })
  escalate(
    @Param('alertId', { schema: alertId }) id: string,
    @Body({ schema: escalate }) body: z.infer<typeof escalate>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.triage(id, { kind: 'escalate-alert', data: { ...body, alertId: id } }, actor, key);
  }

  @Post(':alertId/resolve')
  @ApiOperation({ summary: 'Resolve an alert / Selesaikan peringatan' })
  resolve(
    @Param('alertId', { schema: alertId }) id: string,
    @Body({ schema: resolve }) body: z.infer<typeof resolve>,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.triage(id, { kind: 'resolve-alert', data: { ...body, alertId: id } }, actor, key);
  }

  private triage(
    id: string,
    command: AlertCommand,
    actor: Actor,
    key: string | undefined,
  ): Promise<WriteOutcome> {
    return this.commands.execute(
      streams.alert(id),
      alertDecider,
      command,
      httpContext(actor, `POST /alerts/:alertId/${command.kind}`, { id, ...command.data }, key),
    );
  }
}
