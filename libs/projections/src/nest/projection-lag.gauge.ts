import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DATA_SOURCE } from '@saksi/database';
import { SAKSI_METRICS, type SaksiMetrics } from '@saksi/observability';
import type { DataSource } from 'typeorm';
import { projectionStatus } from '../runner/projection-status.js';

/** Publishes each read model's lag (events and seconds behind the log), measured at each scrape. */
@Injectable()
export class ProjectionLagGauge implements OnApplicationBootstrap {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SAKSI_METRICS) private readonly metrics: SaksiMetrics,
  ) {}

  onApplicationBootstrap(): void {
    this.metrics.onScrape(async () => this.metrics.recordLag(await projectionStatus(this.dataSource)));
  }
}
