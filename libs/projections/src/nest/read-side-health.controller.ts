import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { DATA_SOURCE } from '@saksi/database';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { projectionStatus } from '../runner/projection-status.js';

/** The projector's /health: ready when its database answers; each read model's position and lag. */
@ApiTags('health')
@Controller('health')
export class ReadSideHealthController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  async health(@Res({ passthrough: true }) response: Response) {
    try {
      return { status: 'ok', projections: await projectionStatus(this.dataSource) };
    } catch {
      response.status(503);
      return { status: 'unavailable', reason: 'the database does not answer' };
    }
  }
}
