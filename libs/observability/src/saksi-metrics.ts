import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

export const SAKSI_METRICS = Symbol('SaksiMetrics');

/**
 * One process's Prometheus metrics. Labels stay low-cardinality (event types, consumer names,
 * components), never ids or villages, so a national deployment's series count stays bounded.
 */
export class SaksiMetrics {
  readonly registry = new Registry();
  readonly eventsAppended = new Counter({
    name: 'saksi_events_appended_total',
    help: 'Events appended to the log by this process',
    labelNames: ['type'],
    registers: [this.registry],
  });
  readonly eventsPublished = new Counter({
    name: 'saksi_events_published_total',
    help: 'Events published to Kafka by the relay',
    registers: [this.registry],
  });
  readonly eventsConsumed = new Counter({
    name: 'saksi_events_consumed_total',
    help: 'Events handled by a consumer (redeliveries excluded)',
    labelNames: ['consumer'],
    registers: [this.registry],
  });
  readonly consumerLag = new Gauge({
    name: 'saksi_consumer_lag_events',
    help: 'Events between the log head and what a consumer has handled',
    labelNames: ['consumer'],
    registers: [this.registry],
  });
  readonly consumerLagSeconds = new Gauge({
    name: 'saksi_consumer_lag_seconds',
    help: 'How long the oldest event a consumer has not handled yet has been in the log',
    labelNames: ['consumer'],
    registers: [this.registry],
  });
  readonly alertsRaised = new Counter({
    name: 'saksi_alerts_raised_total',
    help: 'Alerts the sentinel raised into the log',
    registers: [this.registry],
  });
  readonly alertsDelivered = new Counter({
    name: 'saksi_alerts_delivered_total',
    help: 'Alert deliveries that reached an inspector',
    labelNames: ['channel'],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'saksi_errors_total',
    help: 'Failures by component',
    labelNames: ['component'],
    registers: [this.registry],
  });

  constructor(app: string) {
    this.registry.setDefaultLabels({ app });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Each consumer's lag against the log, in events and in seconds. */
  recordLag(statuses: readonly { name: string; lagEvents: number; lagSeconds: number }[]): void {
    for (const status of statuses) {
      this.consumerLag.set({ consumer: status.name }, status.lagEvents);
      this.consumerLagSeconds.set({ consumer: status.name }, status.lagSeconds);
    }
  }

  private readonly refreshers: (() => Promise<void>)[] = [];

  /** Figures measured when Prometheus asks (lag against the log), not on a timer that may be stale. */
  onScrape(refresh: () => Promise<void>): void {
    this.refreshers.push(refresh);
  }

  async text(): Promise<string> {
    for (const refresh of this.refreshers)
      await refresh().catch(() => this.errors.inc({ component: 'metrics' }));
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
