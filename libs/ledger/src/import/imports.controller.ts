import { Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, EDGE_LIMITS, Roles } from '@saksi/access';
import { type EdgeLimits, LimitedBody } from '@saksi/http';
import type { Request } from 'express';
import { z } from 'zod';
import { CsvImporter } from './csv-importer.js';
import { ImportError } from './import.errors.js';
import type { ImportReport } from './import-report.js';

const kind = z.enum(['beneficiaries', 'approvals', 'payments', 'attendance']);

@ApiTags('imports')
@Controller('api/v1/imports')
export class ImportsController {
  constructor(
    private readonly importer: CsvImporter,
    @Inject(EDGE_LIMITS) private readonly limits: EdgeLimits,
  ) {}

  /** The body is the CSV file itself, streamed: the whole file is recorded, or none of it. */
  @Post(':kind')
  @HttpCode(201)
  @Roles('operator', 'admin')
  @ApiConsumes('text/csv')
  @ApiOperation({
    summary: 'Import a CSV file of beneficiaries, approvals, payments or attendance / Impor berkas CSV',
  })
  upload(
    @Param('kind', { schema: kind }) importKind: z.infer<typeof kind>,
    @Req() request: Request,
    @CurrentActor() actor: Actor,
  ): Promise<ImportReport> {
    if (!request.is('text/csv')) throw ImportError.notCsv();
    // Streamed, never held whole, but still bounded: an endless upload would hold its transaction open.
    const body = LimitedBody.of(request, this.limits.importBytes);
    return this.importer.import(body, importKind, actor, 'csv-upload').catch((error: unknown) => {
      throw body.exceeded ?? error;
    });
  }
}
