import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { entityId } from '@saksi/events';
import { areaLevel, type AreaLevel, FIGURE_NAMES, figureProvenance } from '@saksi/projections';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { areaPage } from '../pages/area.page.js';
import { messagePage } from '../pages/message.page.js';
import { provenancePage } from '../pages/provenance.page.js';
import { recipientsPage } from '../pages/recipients.page.js';
import { searchForm, searchPage } from '../pages/search.page.js';
import { type FiguresPage, villagePage } from '../pages/village.page.js';
import { PortalError } from '../portal.errors.js';
import { areaFigures } from '../queries/area-figures.query.js';
import { publicRecipients } from '../queries/recipients.query.js';
import { tableCsv } from '../render/data-table.js';
import { areaHref } from '../render/links.js';
import { AREA } from '../text/area.text.js';
import { langParam, type Lang } from '../text/language.js';
import { PageRenderer, sendCsvFile } from './page-renderer.js';
import { PortalContext } from './portal-context.js';
import { PortalErrorFilter } from './portal-error.filter.js';

const scopeQuery = z.object({
  program: entityId.optional(),
  periode: z.string().max(10).optional(),
  csv: z.string().max(20).optional(),
  lang: langParam,
});
type ScopeQuery = z.infer<typeof scopeQuery>;
const provenanceQuery = z.object({
  wilayah: z.string().max(20).default(''),
  program: entityId,
  periode: z.string().min(1).max(10),
  angka: z.enum(FIGURE_NAMES),
  setelah: z.coerce.number().int().min(0).optional(),
  lang: langParam,
});
const searchQuery = z.object({ q: z.string().max(100).default(''), lang: langParam });
const areaCode = z.string().max(20);

const CHILD_LEVEL: Partial<Record<AreaLevel, AreaLevel>> = {
  nation: 'province',
  province: 'regency',
  regency: 'district',
  district: 'village',
};

/** The public transparency pages: no login, no personal data, every figure traceable. */
@ApiExcludeController()
@Controller()
@Public()
@UseFilters(PortalErrorFilter)
export class PublicPagesController {
  constructor(
    @Inject(PortalContext) private readonly context: PortalContext,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
  ) {}

  @Get()
  home(
    @Query({ schema: scopeQuery }) query: ScopeQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const area = this.context.settings.homeArea;
    // A deployment for one village opens on that village's page.
    if (levelOf(area) === 'village') {
      response.redirect(302, areaHref(area, { program: query.program, periode: query.periode }, query.lang));
      return Promise.resolve();
    }
    return this.area(area, query, request, response, searchForm(query.lang, ''));
  }

  @Get('wilayah/:code')
  async region(
    @Param('code', { schema: areaCode }) code: string,
    @Query({ schema: scopeQuery }) query: ScopeQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const level = levelOf(code);
    if (level === 'village')
      return response.redirect(
        301,
        areaHref(code, { program: query.program, periode: query.periode }, query.lang),
      );
    return this.area(code, query, request, response);
  }

  @Get('desa/:code')
  async village(
    @Param('code', { schema: areaCode }) code: string,
    @Query({ schema: scopeQuery }) query: ScopeQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (levelOf(code) !== 'village') throw PortalError.notFound();
    const { lang } = query;
    const scope = await this.context.scope(query.program, query.periode);
    if (!scope) return this.nothingYet(request, response, lang);
    const data = await areaFigures(this.context.dataSource, {
      area: code,
      programmeId: scope.programme.programmeId,
      period: scope.period,
      children: false,
      months: true,
    });
    const page = villagePage({
      lang,
      village: { code, level: 'village', name: this.context.areaName(code, lang) },
      trail: this.context.trail(code, lang),
      ...scope,
      data,
      readApiUrl: this.context.settings.readApiUrl,
    });
    return this.figuresPage(request, response, page, query, `desa_${code}`, data.figures.asOf.position);
  }

  @Get('desa/:code/penerima')
  async recipients(
    @Param('code', { schema: areaCode }) code: string,
    @Query({ schema: scopeQuery }) query: ScopeQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (levelOf(code) !== 'village') throw PortalError.notFound();
    const { lang } = query;
    const scope = await this.context.scope(query.program, query.periode);
    if (!scope) return this.nothingYet(request, response, lang);
    const recipients = await publicRecipients(
      this.context.dataSource,
      code,
      scope.programme.programmeId,
      scope.period.months,
    );
    const page = recipientsPage({
      lang,
      village: { code, level: 'village', name: this.context.areaName(code, lang) },
      trail: this.context.trail(code, lang),
      programme: scope.programme,
      period: scope.period.label,
      recipients,
    });
    return this.pages.send(request, response, page, { lang, caching: 'public' });
  }

  @Get('asal-usul')
  async provenance(
    @Query({ schema: provenanceQuery }) query: z.infer<typeof provenanceQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { lang } = query;
    levelOf(query.wilayah);
    const scope = await this.context.scope(query.program, query.periode);
    if (!scope) throw PortalError.notFound();
    const page = await figureProvenance(this.context.dataSource, this.context.pseudonymise, {
      area: query.wilayah,
      programmeId: scope.programme.programmeId,
      period: scope.period,
      figure: query.angka,
      after: query.setelah,
      limit: 50,
    });
    return this.pages.send(
      request,
      response,
      provenancePage({
        lang,
        scope: { area: query.wilayah, programmeId: scope.programme.programmeId, period: scope.period.label },
        areaName: this.context.areaName(query.wilayah, lang),
        programmeName: scope.programme.name,
        figure: query.angka,
        page,
        readApiUrl: this.context.settings.readApiUrl,
      }),
      { lang, caching: 'public' },
    );
  }

  @Get('cari')
  search(
    @Query({ schema: searchQuery }) query: z.infer<typeof searchQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const results = query.q.trim() ? this.context.search.search(query.q) : undefined;
    return this.pages.send(request, response, searchPage(query.lang, query.q, results), {
      lang: query.lang,
      caching: 'public',
    });
  }

  private async area(
    code: string,
    query: ScopeQuery,
    request: Request,
    response: Response,
    search?: ReturnType<typeof searchForm>,
  ): Promise<void> {
    const level = levelOf(code);
    const childLevel = CHILD_LEVEL[level];
    if (!childLevel) throw PortalError.notFound();
    const { lang } = query;
    const scope = await this.context.scope(query.program, query.periode);
    if (!scope) return this.nothingYet(request, response, lang);
    const data = await areaFigures(this.context.dataSource, {
      area: code,
      programmeId: scope.programme.programmeId,
      period: scope.period,
      children: true,
      months: false,
    });
    const page = areaPage({
      lang,
      area: { code, level, name: this.context.areaName(code, lang) },
      trail: this.context.trail(code, lang),
      childLevel,
      childName: (child) => this.context.areaName(child, lang),
      ...scope,
      data,
      readApiUrl: this.context.settings.readApiUrl,
      search,
    });
    return this.figuresPage(
      request,
      response,
      page,
      query,
      `wilayah_${code || 'nasional'}`,
      data.figures.asOf.position,
    );
  }

  /** The page, or one of its tables as CSV when `?csv=<table>` asks for it. */
  private figuresPage(
    request: Request,
    response: Response,
    page: FiguresPage,
    query: ScopeQuery,
    file: string,
    reach: number,
  ): Promise<void> {
    if (query.csv === undefined)
      return this.pages.send(request, response, page, { lang: query.lang, caching: 'public', reach });
    const table = page.tables.find((candidate) => candidate.id === query.csv);
    if (!table) throw PortalError.notFound();
    sendCsvFile(response, `${file}_${table.id}.csv`, tableCsv(table));
    return Promise.resolve();
  }

  private nothingYet(request: Request, response: Response, lang: Lang): Promise<void> {
    return this.pages.send(request, response, messagePage(AREA[lang].area, AREA[lang].noProgramme), {
      lang,
      caching: 'public',
    });
  }
}

/** An area code's level; a malformed code is a page that does not exist. */
function levelOf(code: string): AreaLevel {
  try {
    return areaLevel(code);
  } catch {
    throw PortalError.notFound();
  }
}
