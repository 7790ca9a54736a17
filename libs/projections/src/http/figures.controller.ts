import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { DATA_SOURCE } from '@saksi/database';
import { entityId, type Pseudonymise } from '@saksi/events';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { areaLevel } from '../figures/area-scope.js';
import { figureProvenance } from '../figures/figure-provenance.js';
import { queryFigures } from '../figures/figures.query.js';
import { parsePeriod } from '../figures/period.js';
import { PSEUDONYMISE } from '../nest/pseudonymise.token.js';
import { projectionStatus } from '../runner/projection-status.js';
import { childAreas } from './child-areas.query.js';
import { flatten, sendCsv, toCsv } from './csv.js';
import { asOfOf, figureScope, figuresFor } from './figure-scope.js';
import { provenanceLinks } from './provenance-links.js';
import {
  areaParam,
  asOfParams,
  formatParam,
  limitParam,
  periodParam,
  positionParam,
  scopeParams,
} from './query-params.js';

const figuresQuery = z.strictObject({ ...scopeParams, ...asOfParams, format: formatParam });
const areasQuery = z.strictObject({
  parent: areaParam,
  programme: entityId,
  period: periodParam,
  format: formatParam,
});
const provenanceQuery = z.strictObject({
  ...scopeParams,
  figure: z.string().min(1).max(64),
  after: positionParam.optional(),
  limit: limitParam.optional(),
});

/** The columns of the drill-down's CSV: one line per area, its main figures side by side. */
const AREA_COLUMNS = [
  'area.code',
  'area.level',
  'funds.villages',
  'funds.danaDesa',
  'funds.allocation',
  'funds.allocationShare',
  'kpm.registered',
  'kpm.approved',
  'kpm.active',
  'kpm.exited',
  'payments.due',
  'payments.paid',
  'payments.paidCount',
  'payments.failed',
  'payments.failedCount',
  'payments.reversed',
  'payments.late',
  'training.sessionsHeld',
  'training.attendance',
  'training.kpmTrained',
  'grievances.filed',
  'grievances.answered',
  'asOf.position',
];

/** Aggregates only, so public: what a transparency page, a forum or a journalist reads. */
@ApiTags('figures')
@Controller('api/v1/figures')
export class FiguresController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PSEUDONYMISE) private readonly pseudonymise: Pseudonymise,
  ) {}

  @Get()
  @Public()
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: "A programme's figures for an area and period, today or as of a past point / Angka program",
    description:
      'area: empty for the whole country, or a province, regency, district or village code. period: 2024, ' +
      '2024-Q2 or 2024-05. asOfPosition or asOfDate recompute the figures from the log as they stood then.',
  })
  async figures(
    @Query({ schema: figuresQuery }) query: z.infer<typeof figuresQuery>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const scope = figureScope(query);
    const figures = await figuresFor(this.dataSource, this.pseudonymise, scope, asOfOf(query));
    if (query.format === 'json') return { ...figures, links: provenanceLinks(scope) };
    const rows = Object.entries(flatten(figures)).map(([figure, value]) => ({ figure, value }));
    return sendCsv(
      response,
      `figures_${query.area || 'nasional'}_${query.programme}_${query.period}.csv`,
      toCsv(['figure', 'value'], rows),
    );
  }

  @Get('areas')
  @Public()
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'The figures of each area one level below a parent area / Angka per wilayah di bawahnya',
    description:
      'parent: empty for the provinces of the country, a province for its regencies, a regency for its ' +
      'districts, a district for its villages. Only areas with records of the programme are listed.',
  })
  async areas(
    @Query({ schema: areasQuery }) query: z.infer<typeof areasQuery>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const parent = { code: query.parent, level: areaLevel(query.parent) };
    const period = parsePeriod(query.period);
    const reached = Math.min(...(await projectionStatus(this.dataSource)).map((status) => status.position));
    // One snapshot for every area, so the children always add up to their parent.
    const { level, areas } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const children = await childAreas(manager, query.parent, query.programme);
      const figures = [];
      for (const code of children.codes)
        figures.push(await queryFigures(manager, code, query.programme, period, reached));
      return { level: children.level, areas: figures };
    });
    if (query.format === 'json')
      return { parent, level, programmeId: query.programme, period, asOf: { position: reached }, areas };
    return sendCsv(
      response,
      `areas_${query.parent || 'nasional'}_${query.programme}_${query.period}.csv`,
      toCsv(
        AREA_COLUMNS,
        areas.map((area) => flatten(area)),
      ),
    );
  }

  @Get('provenance')
  @Public()
  @ApiOperation({
    summary: 'The recorded events behind one figure, as the public may see them / Catatan di balik angka',
    description:
      'figure: allocation, kpm.registered, kpm.approved, kpm.active, kpm.exited, payments.due, payments.paid, ' +
      'payments.failed, payments.reversed, payments.late, training.sessionsHeld, training.attendance, ' +
      'grievances.filed or grievances.answered. Paged with after (the previous page’s next) and limit.',
  })
  provenance(@Query({ schema: provenanceQuery }) query: z.infer<typeof provenanceQuery>) {
    return figureProvenance(this.dataSource, this.pseudonymise, {
      ...figureScope(query),
      figure: query.figure,
      after: query.after,
      limit: query.limit,
    });
  }
}
