import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { entityId, forumKind } from '@saksi/events';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { areaLevel, figuresAsOf, liveFigures, resolvePosition } from '@saksi/projections';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { LedgerClient } from '../ledger/ledger-client.js';
import { problemMessages } from '../ledger/problem-messages.js';
import { findingsPage } from '../pages/findings.page.js';
import { messagePage } from '../pages/message.page.js';
import { oversightHomePage } from '../pages/oversight-home.page.js';
import { timelinePage } from '../pages/timeline.page.js';
import { PortalError } from '../portal.errors.js';
import { findings } from '../queries/findings.query.js';
import { listProgrammes } from '../queries/programmes.query.js';
import { readModelsReached } from '../queries/read-models-reached.js';
import { villageTimeline } from '../queries/village-timeline.query.js';
import { href } from '../render/url.js';
import { formIdempotencyKey } from '../security/idempotency-key.js';
import { assertSameOrigin } from '../security/same-origin.js';
import { PortalSessions } from '../security/session.js';
import { langParam } from '../text/language.js';
import { OVERSIGHT } from '../text/oversight.text.js';
import { PageRenderer } from './page-renderer.js';
import { PortalContext } from './portal-context.js';
import { PortalErrorFilter } from './portal-error.filter.js';

const villageCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);
const day = z.union([z.iso.date(), z.literal('')]).default('');
const langQuery = z.object({ lang: langParam });
const position = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z.coerce.number().int().min(0).optional(),
);
const openQuery = z.object({
  desa: z.string().max(20).default(''),
  program: entityId.optional(),
  tanggal: day,
  posisi: position,
  lang: langParam,
});
const timelineQuery = z.object({
  program: entityId.optional(),
  tanggal: day,
  posisi: position,
  setelah: z.coerce.number().int().min(0).default(0),
  dicatat: z.string().max(5).optional(),
  lang: langParam,
});
const findingsQuery = z.object({
  wilayah: z.string().max(20).default(''),
  program: entityId.optional(),
  lang: langParam,
});
const finding = z.object({
  program: entityId.optional(),
  forum: forumKind,
  namaForum: z.string().max(400).default(''),
  ringkasan: z.string().max(8000).default(''),
});

/**
 * The oversight forum's pages (login): a village's programme timeline as of a date, its figures
 * then, the printable report, and findings, read and recorded.
 */
@ApiExcludeController()
@Controller('pengawasan')
@Public()
@UseFilters(PortalErrorFilter)
export class OversightController {
  constructor(
    @Inject(PortalContext) private readonly context: PortalContext,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(PortalSessions) private readonly sessions: PortalSessions,
    @Inject(LedgerClient) private readonly ledger: LedgerClient,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  async home(
    @Query({ schema: langQuery }) query: z.infer<typeof langQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const session = await this.sessions.require(request);
    const programmes = await listProgrammes(this.context.dataSource);
    return this.pages.send(request, response, oversightHomePage(query.lang, session, programmes), {
      lang: query.lang,
      caching: 'no-store',
      session,
    });
  }

  @Get('desa')
  async open(
    @Query({ schema: openQuery }) query: z.infer<typeof openQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.sessions.require(request);
    const code = query.desa.trim();
    if (!villageCode.safeParse(code).success) throw PortalError.notFound();
    response.redirect(
      303,
      href(
        `/pengawasan/desa/${code}`,
        { program: query.program, tanggal: query.tanggal, posisi: query.posisi },
        query.lang,
      ),
    );
  }

  @Get('desa/:code')
  async timeline(
    @Param('code', { schema: z.string().max(20) }) code: string,
    @Query({ schema: timelineQuery }) query: z.infer<typeof timelineQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const session = await this.sessions.require(request);
    if (!villageCode.safeParse(code).success) throw PortalError.notFound();
    const { lang } = query;
    const { dataSource, pseudonymise } = this.context;
    const scope = await this.context.scope(query.program, undefined);
    if (!scope)
      return this.pages.send(request, response, messagePage(OVERSIGHT[lang].home.heading, '—'), {
        lang,
        caching: 'no-store',
        session,
      });
    // A position (a head published at an earlier meeting) is more precise than a day, so it wins.
    const date = query.posisi === undefined ? query.tanggal || undefined : undefined;
    const asOf = query.posisi !== undefined ? { position: query.posisi } : date ? { date } : undefined;
    const programmeId = scope.programme.programmeId;
    const upTo = asOf ? await resolvePosition(dataSource.manager, asOf) : (await this.store.head()).position;
    const figures = asOf
      ? await figuresAsOf(dataSource, pseudonymise, { area: code, programmeId, period: scope.period, asOf })
      : await liveFigures(dataSource, { area: code, programmeId, period: scope.period });
    const timeline = await villageTimeline(dataSource, pseudonymise, {
      village: code,
      programmeId,
      upTo,
      after: query.setelah,
      limit: 100,
    });
    const recorded = (await findings(dataSource, code, programmeId)).filter((row) => row.position <= upTo);
    const page = timelinePage({
      lang,
      village: { code, level: areaLevel(code), name: this.context.areaName(code, lang) },
      ...scope,
      date,
      position: query.posisi === undefined ? undefined : upTo,
      upTo,
      figures,
      timeline,
      findings: recorded,
      csrf: session.csrf,
      readApiUrl: this.context.settings.readApiUrl,
      notice: query.dicatat ? OVERSIGHT[lang].timeline.record.recorded : undefined,
    });
    return this.pages.send(request, response, page, {
      lang,
      caching: 'no-store',
      session,
      reach: figures.asOf.position,
    });
  }

  @Post('desa/:code/temuan')
  async recordFinding(
    @Param('code', { schema: z.string().max(20) }) code: string,
    @Query({ schema: langQuery }) query: z.infer<typeof langQuery>,
    @Body({ schema: finding }) body: z.infer<typeof finding>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    assertSameOrigin(request);
    const session = await this.sessions.requireForPost(request);
    if (!villageCode.safeParse(code).success) throw PortalError.notFound();
    const { lang } = query;
    const data = {
      forum: body.forum,
      forumName: body.namaForum.trim(),
      villageCode: code,
      ...(body.program ? { programmeId: body.program } : {}),
      summary: body.ringkasan.trim(),
      evidenceRefs: [],
      relatedEventIds: [],
    };
    const answer = await this.ledger.post('/api/v1/findings', data, {
      accessKey: session.key,
      idempotencyKey: formIdempotencyKey(
        this.context.settings.formSecret,
        'finding',
        `${session.actor.id}\0${JSON.stringify(data)}`,
      ),
      lang,
    });
    if (answer.status >= 300) {
      const t = OVERSIGHT[lang].timeline.record;
      const messages = problemMessages(answer.body, lang, {
        forumName: t.forumName,
        summary: t.summary,
        forum: t.forum,
      });
      return this.pages.send(request, response, messagePage(t.heading, messages.join(' ')), {
        lang,
        caching: 'no-store',
        session,
        status: answer.status,
      });
    }
    const position = (answer.body['events'] as { position: number }[] | undefined)?.[0]?.position;
    if (position !== undefined) await readModelsReached(this.context.dataSource, position);
    response.redirect(303, href(`/pengawasan/desa/${code}`, { program: body.program, dicatat: '1' }, lang));
  }

  @Get('temuan')
  async findings(
    @Query({ schema: findingsQuery }) query: z.infer<typeof findingsQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const session = await this.sessions.require(request);
    try {
      areaLevel(query.wilayah);
    } catch {
      throw PortalError.notFound();
    }
    const rows = await findings(this.context.dataSource, query.wilayah, query.program);
    const page = findingsPage(query.lang, rows, (code) => this.context.areaName(code, query.lang));
    return this.pages.send(request, response, page, { lang: query.lang, caching: 'no-store', session });
  }
}
