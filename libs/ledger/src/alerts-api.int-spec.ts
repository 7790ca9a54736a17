import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '@saksi/event-store';
import { bltDdRules } from '@saksi/programme';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '@saksi/sentinel';
import { waitUntil } from '@saksi/testing';
import { startTestLedger, type TestLedger } from './testing/test-ledger.js';

const VILLAGE = '11.01.01.2001';

interface Answer {
  status: number;
  body: Record<string, any>;
}

describe('alerts: raised by the sentinel in process, triaged by inspectors, every step an event', () => {
  let ledger: TestLedger;
  let store: EventStore;
  let alertId: string;
  let receiver: Server;
  const secret = randomBytes(24).toString('hex');
  const received: { body: Record<string, any>; signed: boolean }[] = [];

  async function call(method: string, path: string, as: string | undefined, body?: unknown): Promise<Answer> {
    const response = await fetch(`${ledger.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(as ? { authorization: `Bearer ${ledger.keys[as]}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }
  const inbox = async (query = '') =>
    (await call('GET', `/alerts${query}`, 'inspector')).body['alerts'] as Record<string, any>[];
  /** Refused with a problem document, and the log did not move. */
  async function refused(attempt: () => Promise<Answer>, status: number, code: string): Promise<void> {
    const before = await store.head();
    const answer = await attempt();
    expect({ status: answer.status, code: answer.body['code'] }).toEqual({ status, code });
    expect(await store.head()).toEqual(before);
  }

  beforeAll(async () => {
    ledger = await startTestLedger(
      'alerts_api',
      {
        admin: { role: 'admin' },
        operator: { role: 'operator', villages: [VILLAGE] },
        inspector: { role: 'inspector' },
        inspector2: { role: 'inspector' },
        forum: { role: 'forum' },
      },
      { readSide: true, sentinel: true },
    );
    store = ledger.store;
    // The district inspectorate's webhook, subscribed before anything happens.
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const signed = verifyWebhook(
          secret,
          String(request.headers[TIMESTAMP_HEADER]),
          body,
          String(request.headers[SIGNATURE_HEADER]),
        );
        received.push({ body: JSON.parse(body) as Record<string, any>, signed });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const subscribed = await call('POST', '/alert-subscriptions', 'admin', {
      name: 'Inspektorat Kecamatan Bakongan',
      region: '11.01.01',
      webhookUrl: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/saksi`,
      webhookSecret: secret,
    });
    expect(subscribed.status).toBe(201);
    const year = new Date().getFullYear();
    expect(
      (
        await call('POST', '/programmes', 'admin', {
          programmeId: 'blt',
          kind: 'BLT-DD',
          name: 'BLT',
          year,
          rules: bltDdRules(2024),
        })
      ).status,
    ).toBe(201);
    const registered = await call('POST', '/beneficiaries', 'operator', {
      kpmId: 'kpm-1',
      programmeId: 'blt',
      villageCode: VILLAGE,
      head: { name: 'Siti Aminah', nik: '1101014507800001', sex: 'F', birthDate: '1980-07-05' },
      members: [],
      sourceList: 'P3KE',
      otherAid: [],
    });
    expect(registered.status).toBe(201);
    // Paid although nobody approved the family: a fact from the field, recorded, and an anomaly.
    const today = new Date().toISOString().slice(0, 10);
    const paid = await call('POST', '/beneficiaries/kpm-1/payments', 'operator', {
      period: today.slice(0, 7),
      amount: 300_000,
      channel: 'cash',
      reference: 'KW-1',
      paidOn: today,
    });
    expect(paid.status).toBe(201);
    await waitUntil(async () => (await inbox()).length > 0, 'the alert in the inbox');
    const [alert] = await inbox();
    alertId = alert!['alert_id'];
    expect(alert).toMatchObject({
      rule_code: 'PAYMENT.NOT_APPROVED',
      severity: 'high',
      village_code: VILLAGE,
      status: 'open',
      level: 0,
    });
    expect(alert!['evidence'].map(Number)).toContain(paid.body['events'][0].position);
  });

  afterAll(async () => {
    await ledger?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('delivers the new alert to the district inspectorate by a signed webhook, in process', async () => {
    await waitUntil(() => received.length > 0, 'the webhook call');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      signed: true,
      body: { alertId, ruleCode: 'PAYMENT.NOT_APPROVED', villageCode: VILLAGE, level: 0 },
    });
    expect(JSON.stringify(received[0]!.body)).not.toMatch(/Siti|1101014507800001/);
  });

  it('filters the inbox by region, status, severity and rule', async () => {
    expect(await inbox('?region=11.01')).toHaveLength(1);
    expect(await inbox('?region=11.02')).toHaveLength(0);
    expect(await inbox('?status=open&severity=high&rule=PAYMENT.NOT_APPROVED')).toHaveLength(1);
    expect(await inbox('?status=resolved')).toHaveLength(0);
    await refused(() => call('GET', '/alerts?region=eleven', 'inspector'), 400, 'REQUEST.INVALID');
  });

  it('lets only inspectors and administrators see and triage alerts', async () => {
    await refused(() => call('GET', '/alerts', 'forum'), 403, 'ACCESS.FORBIDDEN');
    await refused(
      () => call('POST', `/alerts/${alertId}/acknowledge`, 'operator', {}),
      403,
      'ACCESS.FORBIDDEN',
    );
    await refused(
      () => call('POST', `/alerts/${alertId}/acknowledge`, undefined, {}),
      401,
      'ACCESS.UNAUTHENTICATED',
    );
  });

  it('records acknowledgement, escalation and dismissal as events by the inspectors who did them', async () => {
    expect(
      (
        await call('POST', `/alerts/${alertId}/acknowledge`, 'inspector', {
          note: 'Checking the Musdes minutes',
        })
      ).status,
    ).toBe(201);
    await refused(
      () => call('POST', `/alerts/${alertId}/acknowledge`, 'inspector2', {}),
      409,
      'ALERT.ALREADY_ACKNOWLEDGED',
    );
    expect(
      (
        await call('POST', `/alerts/${alertId}/escalate`, 'inspector', {
          level: 1,
          reason: 'Same pattern in the district',
        })
      ).status,
    ).toBe(201);
    await refused(
      () => call('POST', `/alerts/${alertId}/escalate`, 'inspector', { level: 1, reason: 'again' }),
      422,
      'ALERT.ESCALATION_NOT_HIGHER',
    );
    expect(
      (
        await call('POST', `/alerts/${alertId}/dismiss`, 'inspector2', {
          reason: 'Approved at the Musdes; recorded late',
        })
      ).status,
    ).toBe(201);
    await refused(
      () => call('POST', `/alerts/${alertId}/resolve`, 'inspector', { resolution: 'too late' }),
      409,
      'ALERT.CLOSED',
    );
    await refused(() => call('POST', `/alerts/${alertId}/dismiss`, 'inspector', {}), 400, 'REQUEST.INVALID');

    const trail = await store.readStream(`alert-${alertId}`);
    expect(trail.map((event) => [event.type, event.metadata.actor])).toEqual([
      ['alert.raised', 'sentinel'],
      ['alert.acknowledged', expect.not.stringMatching(/^sentinel$/)],
      ['alert.escalated', expect.any(String)],
      ['alert.dismissed', expect.any(String)],
    ]);
    expect(trail[1]!.metadata.actor).toBe(trail[2]!.metadata.actor);
    expect(trail[3]!.metadata.actor).not.toBe(trail[1]!.metadata.actor);

    await waitUntil(
      async () => (await inbox('?status=dismissed')).length === 1,
      'the dismissal in the inbox',
    );
    const one = await call('GET', `/alerts/${alertId}`, 'inspector');
    expect(one.body).toMatchObject({
      status: 'dismissed',
      level: 1,
      closing_note: 'Approved at the Musdes; recorded late',
    });
  });

  it('answers 404 for an alert that does not exist', async () => {
    await refused(
      () => call('GET', '/alerts/0193a1b2-0000-5000-8000-000000000009', 'inspector'),
      404,
      'ALERT.NOT_FOUND',
    );
    await refused(
      () => call('POST', '/alerts/0193a1b2-0000-5000-8000-000000000009/acknowledge', 'inspector', {}),
      404,
      'ALERT.NOT_FOUND',
    );
  });
});
