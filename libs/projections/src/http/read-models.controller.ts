import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public } from '@saksi/access';
import { DATA_SOURCE } from '@saksi/database';
import { entityId } from '@saksi/events';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { sendCsv, toCsv } from './csv.js';
import { areaParam, formatParam, limitParam } from './query-params.js';
import { assertRole, FORUM_TIER } from './read-access.js';
import { ReadApiError } from './read-api.errors.js';
import { readModelRows } from './read-model-rows.js';
import { READ_MODEL_NAMES, readModelTable } from './read-model-tables.js';

const rowsQuery = z.strictObject({
  programme: entityId.optional(),
  area: areaParam,
  after: z.string().min(1).max(200).optional(),
  limit: limitParam.default(200),
  format: formatParam,
});

/**
 * The read models' rows, for oversight tools and spreadsheets. Public tables answer anyone; the
 * pseudonymous ones (families, payments, attendance) answer the forum tier, an operator only for
 * the villages on their key.
 */
@ApiTags('read models')
@Controller('api/v1/read-models')
export class ReadModelsController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get(':name')
  @Public()
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: `Rows of a read model (${READ_MODEL_NAMES.join(', ')}), JSON or CSV / Baris tabel baca`,
    description:
      'programmes, village-allocations, training-sessions, grievances and findings are public; kpm, payments ' +
      'and training-attendance are for oversight forums, inspectors, admins and (own villages) operators.',
  })
  async rows(
    @Param('name', { schema: z.string().min(1).max(64) }) name: string,
    @Query({ schema: rowsQuery }) query: z.infer<typeof rowsQuery>,
    @CurrentActor() actor: Actor,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const table = readModelTable(name);
    if (!table) throw ReadApiError.unknownReadModel(name, READ_MODEL_NAMES);
    if (table.tier === 'forum') assertRole(actor, FORUM_TIER, authorization !== undefined);
    const page = await readModelRows(this.dataSource.manager, table, {
      ...query,
      villages: table.tier === 'forum' && actor.role === 'operator' ? actor.villages : undefined,
    });
    if (query.format === 'json') return page;
    // The CSV has no room for the cursor: the next page's `after` travels in a header.
    if (page.next !== null) response.setHeader('X-Next-After', page.next);
    return sendCsv(response, `${name}.csv`, toCsv(Object.keys(table.columns), page.rows));
  }
}
