import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { LedgerClient } from '../ledger/ledger-client.js';
import { problemMessages } from '../ledger/problem-messages.js';
import {
  type GrievanceFields,
  grievanceFormPage,
  grievanceReceiptPage,
  grievanceStatusPage,
} from '../pages/grievance.page.js';
import { PortalError } from '../portal.errors.js';
import { grievanceStatus } from '../queries/grievance-status.query.js';
import { listProgrammes } from '../queries/programmes.query.js';
import { readModelsReached } from '../queries/read-models-reached.js';
import { href } from '../render/url.js';
import { checkFormToken, issueFormToken } from '../security/form-token.js';
import { formIdempotencyKey } from '../security/idempotency-key.js';
import { RateLimiter } from '../security/rate-limiter.js';
import { assertSameOrigin, clientAddress } from '../security/same-origin.js';
import { GRIEVANCE } from '../text/grievance.text.js';
import { langParam, type Lang } from '../text/language.js';
import { PageRenderer } from './page-renderer.js';
import { PortalContext } from './portal-context.js';
import { PortalErrorFilter } from './portal-error.filter.js';

const PURPOSE = 'grievance';
const text = (max: number) => z.string().max(max).default('');
const formQuery = z.object({ desa: text(20), program: text(64), lang: langParam });
const langQuery = z.object({ lang: langParam });
const filing = z.object({
  t: text(100),
  desa: text(20),
  program: text(64),
  kategori: text(20),
  isi: text(8000),
  kontak: text(400),
  situs: text(400),
});
const trackQuery = z.object({ kode: text(20), lang: langParam });
const trackingCode = z.string().max(20);

/** `/aduan`: a citizen files a grievance without an account, and follows its answer with a code. */
@ApiExcludeController()
@Controller('aduan')
@Public()
@UseFilters(PortalErrorFilter)
export class GrievanceController {
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(PortalContext) private readonly context: PortalContext,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(LedgerClient) private readonly ledger: LedgerClient,
  ) {
    const limits = context.settings.grievanceLimits;
    this.limiter = new RateLimiter(limits.perAddress, limits.windowMs);
  }

  @Get()
  form(
    @Query({ schema: formQuery }) query: z.infer<typeof formQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const fields = { desa: query.desa, program: query.program, kategori: 'payment', isi: '', kontak: '' };
    return this.showForm(request, response, query.lang, fields, [], 200);
  }

  @Post()
  async file(
    @Query({ schema: langQuery }) query: z.infer<typeof langQuery>,
    @Body({ schema: filing }) body: z.infer<typeof filing>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { lang } = query;
    const limits = this.context.settings.grievanceLimits;
    assertSameOrigin(request);
    // A person never sees the trap field; a script that fills every field does.
    if (body.situs.trim() !== '') throw PortalError.formInvalid();
    const now = Date.now();
    const verdict = checkFormToken(this.context.settings.formSecret, PURPOSE, body.t, now, {
      minMs: limits.minFillMs,
      maxMs: limits.maxFormAgeMs,
    });
    const fields: GrievanceFields = {
      desa: body.desa.trim(),
      program: body.program,
      kategori: body.kategori,
      isi: body.isi,
      kontak: body.kontak,
    };
    if (verdict === 'invalid') throw PortalError.formInvalid();
    if (verdict !== 'ok') {
      const refusal = verdict === 'too-fast' ? PortalError.formTooFast() : PortalError.formExpired();
      return this.showForm(request, response, lang, fields, [refusal.text[lang]], refusal.status);
    }
    if (!this.limiter.take(clientAddress(request), now))
      throw PortalError.rateLimited(Math.round(limits.windowMs / 60_000));
    const answer = await this.ledger.post(
      '/api/v1/grievances',
      {
        villageCode: fields.desa,
        ...(fields.program ? { programmeId: fields.program } : {}),
        category: fields.kategori,
        text: fields.isi,
        ...(fields.kontak.trim() ? { contact: fields.kontak.trim() } : {}),
      },
      { idempotencyKey: formIdempotencyKey(this.context.settings.formSecret, PURPOSE, body.t), lang },
    );
    if (answer.status >= 300) {
      const t = GRIEVANCE[lang];
      const labels = {
        villageCode: t.village,
        programmeId: t.programme,
        category: t.category,
        text: t.text,
        contact: t.contact,
      };
      return this.showForm(
        request,
        response,
        lang,
        fields,
        problemMessages(answer.body, lang, labels),
        answer.status,
      );
    }
    const events = answer.body['events'] as { position: number }[] | undefined;
    const position = events?.[0]?.position;
    // So that the link on the receipt already finds the grievance.
    if (position !== undefined) await readModelsReached(this.context.dataSource, position);
    const receipt = grievanceReceiptPage(lang, {
      trackingCode: String(answer.body['trackingCode']),
      answerDueBy: String(answer.body['answerDueBy']),
      position,
    });
    return this.pages.send(request, response, receipt, { lang, caching: 'no-store', status: 201 });
  }

  @Get('lacak')
  track(@Query({ schema: trackQuery }) query: z.infer<typeof trackQuery>, @Res() response: Response): void {
    const compact = query.kode.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const code = compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact || '-';
    response.redirect(303, href(`/aduan/${code}`, {}, query.lang));
  }

  @Get(':code')
  async status(
    @Param('code', { schema: trackingCode }) code: string,
    @Query({ schema: langQuery }) query: z.infer<typeof langQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { lang } = query;
    const status = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code)
      ? await grievanceStatus(this.context.dataSource, code)
      : undefined;
    const villageName = status?.villageCode ? this.context.areaName(status.villageCode, lang) : undefined;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    return this.pages.send(request, response, grievanceStatusPage(lang, code, status, villageName, today), {
      lang,
      caching: 'no-store',
      status: status ? 200 : 404,
    });
  }

  private async showForm(
    request: Request,
    response: Response,
    lang: Lang,
    fields: GrievanceFields,
    problems: string[],
    status: number,
  ): Promise<void> {
    const programmes = await listProgrammes(this.context.dataSource);
    const villageName = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(fields.desa)
      ? this.context.areas.village(fields.desa)?.name
      : undefined;
    const page = grievanceFormPage({
      lang,
      fields,
      villageName,
      programmes,
      token: issueFormToken(this.context.settings.formSecret, PURPOSE, Date.now()),
      problems,
    });
    return this.pages.send(request, response, page, { lang, caching: 'no-store', status });
  }
}
