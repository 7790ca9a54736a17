import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@saksi/access';
import { DATA_SOURCE } from '@saksi/database';
import type { Pseudonymise } from '@saksi/events';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { PSEUDONYMISE } from '../nest/pseudonymise.token.js';
import { ProjectionError } from '../projection.errors.js';
import { PROJECTIONS, projectionNamed } from '../projections.js';
import { rebuildProjection, type RebuildReport } from '../runner/rebuild-projection.js';
import { projectionStatus, type ProjectionStatus } from '../runner/projection-status.js';

/** Where each read model stands against the log, and rebuilding one from the log (`saksi replay`). */
@ApiTags('projections')
@Controller('api/v1/projections')
export class ProjectionsAdminController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PSEUDONYMISE) private readonly pseudonymise: Pseudonymise,
  ) {}

  @Get()
  @Roles('inspector', 'admin')
  @ApiOperation({ summary: "Each read model's position and lag behind the log / Status model baca" })
  async status(): Promise<{ projections: ProjectionStatus[] }> {
    return { projections: await projectionStatus(this.dataSource) };
  }

  @Post(':name/replay')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Rebuild a read model from the whole log while the old one keeps serving / Bangun ulang model baca',
  })
  replay(@Param('name', { schema: z.string().min(1).max(64) }) name: string): Promise<RebuildReport> {
    const projection = projectionNamed(name);
    if (!projection)
      throw ProjectionError.unknownProjection(
        name,
        PROJECTIONS.map((known) => known.name),
      );
    return rebuildProjection(this.dataSource, projection, this.pseudonymise);
  }
}
