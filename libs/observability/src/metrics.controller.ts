import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import { SAKSI_METRICS, type SaksiMetrics } from './saksi-metrics.js';

/** Prometheus scrapes this; it holds counts only, no personal data. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(SAKSI_METRICS) private readonly metrics: SaksiMetrics) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.text();
  }
}
