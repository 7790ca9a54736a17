import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DATA_SOURCE } from '@saksi/database';
import { SAKSI_METRICS, type SaksiMetrics } from '@saksi/observability';
import type { DataSource } from 'typeorm';
import { projectionStatus } from '../runner/projection-status.js';

/** Publishes each read model's lag (events and seconds behind the log) as Prometheus gauges. */
@Injectable()
export class ProjectionLagGauge implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SAKSI_METRICS) private readonly metrics: SaksiMetrics,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.measure(), 5_000);
    this.timer.unref();
  }

  async measure(): Promise<void> {
    try {
      for (const status of await projectionStatus(this.dataSource)) {
        this.metrics.consumerLag.set({ consumer: status.name }, status.lagEvents);
        this.metrics.consumerLagSeconds.set({ consumer: status.name }, status.lagSeconds);
      }
    } catch {
      this.metrics.errors.inc({ component: 'projections' });
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
