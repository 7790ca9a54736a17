import { Controller, Get, Inject, Optional, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { AREA_DIRECTORY, type AreaDirectory } from '@saksi/area';
import { DATA_SOURCE } from '@saksi/database';
import { entityId, type Pseudonymise } from '@saksi/events';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { PSEUDONYMISE } from '../nest/pseudonymise.token.js';
import { asOfOf, figureScope, figuresFor } from './figure-scope.js';
import { asOfParams, periodParam } from './query-params.js';
import { ReadApiError } from './read-api.errors.js';
import { assertVillageCode } from './village-code.js';
import { renderVillageReport } from './village-report.html.js';

const reportQuery = z.strictObject({
  programme: entityId,
  period: periodParam,
  ...asOfParams,
  lang: z.enum(['id', 'en']).default('id'),
});

/** Printable pages of aggregates: public, like the figures they show. */
@ApiTags('reports')
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PSEUDONYMISE) private readonly pseudonymise: Pseudonymise,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(AREA_DIRECTORY) private readonly areas?: AreaDirectory,
  ) {}

  @Get('villages/:code')
  @Public()
  @ApiProduces('text/html')
  @ApiOperation({
    summary:
      "A village's printable report for a period, for its oversight forum / Laporan desa untuk dicetak",
    description: 'Indonesian by default, English with lang=en. Every figure links to its provenance.',
  })
  async village(
    @Param('code', { schema: z.string().max(20) }) code: string,
    @Query({ schema: reportQuery }) query: z.infer<typeof reportQuery>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const scope = figureScope({ area: assertVillageCode(code), ...query });
    const asOf = asOfOf(query);
    // A mistyped programme would print a page of zeros that a forum could take for the truth.
    const [programme] = await this.dataSource.query<{ name: string }[]>(
      'select name from programme_view where programme_id = $1',
      [query.programme],
    );
    if (!programme) throw ReadApiError.unknownProgramme(query.programme);
    const figures = await figuresFor(this.dataSource, this.pseudonymise, scope, asOf);
    // Read after the figures, so the head published is never behind what they count.
    const head = await this.store.head();
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Content-Language', query.lang);
    return renderVillageReport({
      scope,
      figures,
      language: query.lang,
      head,
      producedAt: new Date(),
      programmeName: programme.name,
      villageName: this.areas?.village(code)?.name,
    });
  }
}
