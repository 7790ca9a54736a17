import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { consumerStatus } from '@saksi/consumers';
import { DATA_SOURCE } from '@saksi/database';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { SentinelFeed } from './sentinel-feed.js';

/** The sentinel app's /health: ready when its database answers; where its consumers stand. */
@ApiTags('health')
@Controller('health')
export class SentinelHealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly feed: SentinelFeed,
  ) {}

  @Get()
  @Public()
  async health(@Res({ passthrough: true }) response: Response) {
    try {
      const names = this.feed.handlers().map((handler) => handler.name);
      return { status: 'ok', consumers: await consumerStatus(this.dataSource, names) };
    } catch {
      response.status(503);
      return { status: 'unavailable', reason: 'the database does not answer' };
    }
  }
}
