import { randomBytes } from 'node:crypto';
import { holdersOf, issueAccessKeys } from '../support/generated-commands.js';
import type { SaksiCluster } from '../support/saksi-cluster.js';
import { planCommands } from './command-plan.js';
import { LoadClient } from './load-client.js';
import { SlowWebhook } from './slow-webhook.js';

export interface InspectedLoadOptions {
  villages: number;
  seed: number;
  /** How long the webhook takes to answer each delivery. */
  answerAfterMs: () => number;
}

export interface InspectedLoad {
  load: LoadClient;
  webhook: SlowWebhook;
  planned: number;
}

/**
 * A load on a running cluster as the field makes it: generated commands for some real villages
 * with an access key per actor, and an inspectorate subscribed to every alert by webhook.
 */
export async function startInspectedLoad(
  cluster: SaksiCluster,
  options: InspectedLoadOptions,
): Promise<InspectedLoad> {
  // More anomalies than the generator plants by default, so alerts are raised (and delivered)
  // throughout the load, not a few times an hour.
  const plan = await planCommands({
    area: '11.01',
    villages: options.villages,
    seed: options.seed,
    anomalyRate: 0.3,
  });
  const holders = holdersOf(plan.map((planned) => planned.command));
  holders.set('inspektorat', { role: 'admin', villages: [] });
  const keys = await issueAccessKeys({ mode: 'postgres', url: cluster.databaseUrl }, holders);
  const secret = randomBytes(24).toString('hex');
  const webhook = await SlowWebhook.start(secret, options.answerAfterMs);
  const subscribed = await fetch(`${cluster.url('sentinel')}/api/v1/alert-subscriptions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${keys.get('inspektorat')}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Inspektorat (uji beban)',
      region: '',
      webhookUrl: webhook.url,
      webhookSecret: secret,
    }),
  });
  if (subscribed.status !== 201) {
    await webhook.close();
    throw new Error(`the webhook subscription was refused: ${subscribed.status} ${await subscribed.text()}`);
  }
  const load = new LoadClient(plan, {
    ledgerUrl: cluster.url('ledger'),
    keys,
    maxInFlight: 24,
    requestTimeoutMs: 15_000,
  });
  return { load, webhook, planned: plan.length };
}
