import type { JobProcessors } from '../job-queue.port.js';
import { type DeliverAlertDeps, deliverAlertProcessor } from './deliver-alert.processor.js';
import { type EscalateAlertDeps, escalateAlertProcessor } from './escalate-alert.processor.js';
import { wibToday } from './wib-today.js';

export type DeliveryProcessorDeps = DeliverAlertDeps &
  EscalateAlertDeps & {
    /** The daily scan, given the day being judged (YYYY-MM-DD in WIB). */
    scan?: (today: string) => Promise<unknown>;
  };

/** Every processor of alert delivery, for the worker (the only place that knows them). */
export function deliveryProcessors(deps: DeliveryProcessorDeps): JobProcessors {
  const { scan } = deps;
  return {
    'deliver-alert': deliverAlertProcessor(deps),
    'escalate-alert': escalateAlertProcessor(deps),
    ...(scan ? { scan: async () => void (await scan(wibToday())) } : {}),
  };
}
