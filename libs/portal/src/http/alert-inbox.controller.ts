import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { areaLevel } from '@saksi/projections';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { LedgerClient } from '../ledger/ledger-client.js';
import { problemMessages } from '../ledger/problem-messages.js';
import { alertPage } from '../pages/alert.page.js';
import { inboxPage } from '../pages/inbox.page.js';
import { PortalError } from '../portal.errors.js';
import { alertFile, alertInbox } from '../queries/alerts.query.js';
import { readModelsReached } from '../queries/read-models-reached.js';
import { href } from '../render/url.js';
import { formIdempotencyKey } from '../security/idempotency-key.js';
import { assertSameOrigin } from '../security/same-origin.js';
import { PortalSessions, type Session } from '../security/session.js';
import { ALERTS } from '../text/alerts.text.js';
import { langParam, type Lang } from '../text/language.js';
import { PageRenderer } from './page-renderer.js';
import { PortalContext } from './portal-context.js';
import { PortalErrorFilter } from './portal-error.filter.js';

const INSPECTORS = ['inspector', 'admin'] as const;
const ACTIONS = ['acknowledge', 'dismiss', 'escalate', 'resolve'] as const;
type Action = (typeof ACTIONS)[number];

const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);
const inboxQuery = z.object({
  wilayah: z.string().max(20).default(''),
  status: z.preprocess(
    blankToUndefined,
    z.enum(['open', 'acknowledged', 'dismissed', 'resolved']).optional(),
  ),
  tingkat: z.preprocess(blankToUndefined, z.enum(['low', 'medium', 'high', 'critical']).optional()),
  aturan: z.preprocess(blankToUndefined, z.string().max(100).optional()),
  setelah: z.coerce.number().int().min(0).default(0),
  lang: langParam,
});
const alertQuery = z.object({
  selesai: z.enum(ACTIONS).optional(),
  tertinggal: z.string().max(5).optional(),
  lang: langParam,
});
const langQuery = z.object({ lang: langParam });
const triage = z.object({
  catatan: z.string().max(400).default(''),
  alasan: z.string().max(400).default(''),
  tingkat: z.coerce.number().int().min(1).max(10).default(1),
  penyelesaian: z.string().max(8000).default(''),
});
const alertId = z.uuid();

/** What the ledger's triage routes take, from what the form sent. */
function triageBody(action: Action, form: z.infer<typeof triage>): Record<string, unknown> {
  switch (action) {
    case 'acknowledge':
      return form.catatan.trim() ? { note: form.catatan.trim() } : {};
    case 'dismiss':
      return { reason: form.alasan.trim() };
    case 'escalate':
      return { level: form.tingkat, reason: form.alasan.trim() };
    case 'resolve':
      return { resolution: form.penyelesaian.trim() };
  }
}

/**
 * The inspectors' alert inbox (login): filters, an alert's evidence and its triage, each action
 * posted to the ledger with the inspector's own key so the log says who did it.
 */
@ApiExcludeController()
@Controller('pengawasan/peringatan')
@Public()
@UseFilters(PortalErrorFilter)
export class AlertInboxController {
  constructor(
    @Inject(PortalContext) private readonly context: PortalContext,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(PortalSessions) private readonly sessions: PortalSessions,
    @Inject(LedgerClient) private readonly ledger: LedgerClient,
  ) {}

  @Get()
  async inbox(
    @Query({ schema: inboxQuery }) query: z.infer<typeof inboxQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const session = await this.sessions.require(request, INSPECTORS);
    const area = query.wilayah.trim();
    try {
      areaLevel(area);
    } catch {
      throw PortalError.notFound();
    }
    const filter = {
      area,
      status: query.status,
      severity: query.tingkat,
      rule: query.aturan,
      after: query.setelah,
      limit: 50,
    };
    const result = await alertInbox(this.context.dataSource, filter);
    const page = inboxPage(query.lang, filter, result, (code) => this.context.areaName(code, query.lang));
    return this.pages.send(request, response, page, { lang: query.lang, caching: 'no-store', session });
  }

  @Get(':id')
  async alert(
    @Param('id', { schema: z.string().max(40) }) id: string,
    @Query({ schema: alertQuery }) query: z.infer<typeof alertQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const session = await this.sessions.require(request, INSPECTORS);
    const t = ALERTS[query.lang].alert;
    const notice = query.selesai ? (query.tertinggal ? t.lagging : t.done[query.selesai]) : undefined;
    return this.show(request, response, session, id, query.lang, { notice }, 200);
  }

  @Post(':id/:action')
  async triage(
    @Param('id', { schema: z.string().max(40) }) id: string,
    @Param('action', { schema: z.string().max(20) }) action: string,
    @Query({ schema: langQuery }) query: z.infer<typeof langQuery>,
    @Body({ schema: triage }) form: z.infer<typeof triage>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    assertSameOrigin(request);
    const session = await this.sessions.requireForPost(request, INSPECTORS);
    if (!alertId.safeParse(id).success || !(ACTIONS as readonly string[]).includes(action))
      throw PortalError.notFound();
    const { lang } = query;
    const body = triageBody(action as Action, form);
    const answer = await this.ledger.post(`/api/v1/alerts/${id}/${action}`, body, {
      accessKey: session.key,
      idempotencyKey: formIdempotencyKey(
        this.context.settings.formSecret,
        'triage',
        `${session.actor.id}\0${id}\0${action}\0${JSON.stringify(body)}`,
      ),
      lang,
    });
    if (answer.status >= 300) {
      const problem = problemMessages(answer.body, lang).join(' ');
      return this.show(request, response, session, id, lang, { problem }, answer.status);
    }
    const position = (answer.body['events'] as { position: number }[] | undefined)?.[0]?.position;
    const reached = position === undefined || (await readModelsReached(this.context.dataSource, position));
    response.redirect(
      303,
      href(`/pengawasan/peringatan/${id}`, { selesai: action, tertinggal: reached ? undefined : '1' }, lang),
    );
  }

  private async show(
    request: Request,
    response: Response,
    session: Session,
    id: string,
    lang: Lang,
    messages: { notice?: string | undefined; problem?: string | undefined },
    status: number,
  ): Promise<void> {
    const file = alertId.safeParse(id).success
      ? await alertFile(this.context.dataSource, this.context.pseudonymise, id)
      : undefined;
    if (!file) throw PortalError.notFound();
    const villageName = file.alert.villageCode
      ? this.context.areaName(file.alert.villageCode, lang)
      : undefined;
    const page = alertPage({ lang, file, villageName, csrf: session.csrf, ...messages });
    return this.pages.send(request, response, page, { lang, caching: 'no-store', session, status });
  }
}
