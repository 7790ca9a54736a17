import { type DynamicModule, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller.js';
import { SAKSI_METRICS, SaksiMetrics } from './saksi-metrics.js';

@Module({})
export class ObservabilityModule {
  static forApp(app: string): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      providers: [{ provide: SAKSI_METRICS, useValue: new SaksiMetrics(app) }],
      controllers: [MetricsController],
      exports: [SAKSI_METRICS],
    };
  }
}
