import { DATA_SOURCE } from '@saksi/database';
import { formSecret } from '@saksi/portal';
import { A, PROGRAMME } from '@saksi/projections';
import { waitUntil } from '@saksi/testing';
import type { DataSource } from 'typeorm';
import type { PortalTestApp } from '../../../libs/portal/src/testing/portal-test-app.js';

export type Holder = 'admin' | 'operator' | 'forum' | 'inspector';
export const HOLDERS = {
  admin: { role: 'admin' },
  operator: { role: 'operator', villages: [A] },
  forum: { role: 'forum' },
  inspector: { role: 'inspector' },
} as const;

/**
 * What the base requests need: the running app, its holders' keys, and the API to put records in
 * the state a request needs (a family approved, a payment made, an alert open), each with ids of
 * its own, so one route's accepted writes never change another's starting point.
 */
export class FuzzContext {
  readonly dataSource: DataSource;
  readonly formSecret: Buffer;
  private serial = 0;

  constructor(readonly saksi: PortalTestApp) {
    this.dataSource = saksi.app.get<DataSource>(DATA_SOURCE);
    this.formSecret = formSecret(saksi.pseudonymKey);
  }

  key(holder: Holder): string {
    return this.saksi.keys[holder]!;
  }

  fresh(prefix: string): string {
    return `${prefix}-${++this.serial}-${Date.now().toString(36)}`;
  }

  /** A NIK valid for village A's district: a woman born 5 July 1980, with a serial of its own. */
  nik(): string {
    return `110101450780${String(1000 + (++this.serial % 9000)).padStart(4, '0')}`;
  }

  async api(
    path: string,
    body: unknown,
    holder: Holder | 'citizen' = 'operator',
    method = 'POST',
  ): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.saksi.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(holder === 'citizen' ? {} : { authorization: `Bearer ${this.key(holder)}` }),
      },
      body: JSON.stringify(body),
    });
    const answer = (response.status === 204 ? {} : await response.json()) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`seeding ${path} was refused: ${JSON.stringify(answer)}`);
    return answer;
  }

  async family(status: 'registered' | 'approved' | 'suspended' = 'registered'): Promise<string> {
    const kpmId = this.fresh('kpm');
    await this.api('/beneficiaries', {
      kpmId,
      programmeId: PROGRAMME,
      villageCode: A,
      head: { name: 'Siti Aminah', nik: this.nik(), sex: 'F', birthDate: '1980-07-05' },
      members: [],
      sourceList: 'P3KE',
      otherAid: [],
    });
    if (status !== 'registered')
      await this.api(`/beneficiaries/${kpmId}/approval`, {
        musdesRef: 'BA/01/2024',
        musdesDate: '2024-02-10',
      });
    if (status === 'suspended')
      await this.api(`/beneficiaries/${kpmId}/suspension`, { reason: 'Verifikasi ulang' });
    return kpmId;
  }

  async payment(kpmId: string): Promise<string> {
    const paymentId = this.fresh('pay');
    await this.api(`/beneficiaries/${kpmId}/payments`, paymentFor(paymentId));
    return paymentId;
  }

  /** An open alert of its own: a payment to a family never approved, which the sentinel flags. */
  async openAlert(): Promise<string> {
    const kpmId = await this.family('registered');
    const paid = await this.api(`/beneficiaries/${kpmId}/payments`, paymentFor(this.fresh('pay')));
    const position = (paid['events'] as { position: number }[])[0]!.position;
    let alertId = '';
    await waitUntil(async () => {
      const [row] = await this.dataSource.query<{ alert_id: string }[]>(
        `select alert_id from alert_view where $1::bigint = any(evidence) and status = 'open'`,
        [position],
      );
      alertId = row?.alert_id ?? '';
      return alertId !== '';
    }, 'an alert on the unapproved payment');
    return alertId;
  }

  async session(): Promise<string> {
    const answer = await this.api('/training-sessions', {
      programmeId: PROGRAMME,
      villageCode: A,
      topic: 'Usaha warung',
      place: 'Balai desa',
      startsAt: '2024-03-10T02:00:00Z',
      endsAt: '2024-03-10T04:00:00Z',
      capacity: 20,
      trainer: 'Pendamping desa',
    });
    return String(answer['sessionId']);
  }

  async grievance(): Promise<string> {
    const answer = await this.api(
      '/grievances',
      { villageCode: A, category: 'payment', text: 'Bantuan belum sampai.' },
      'citizen',
    );
    return String(answer['grievanceId']);
  }

  async subscription(webhookUrl?: string): Promise<string> {
    const answer = await this.api(
      '/alert-subscriptions',
      {
        name: 'Inspektorat Kabupaten',
        region: A,
        ...(webhookUrl
          ? { webhookUrl, webhookSecret: 's'.repeat(32) }
          : { email: 'inspektorat@example.org' }),
      },
      'admin',
    );
    return String(answer['id']);
  }

  /**
   * A delivery that failed every attempt: a webhook to a port nobody listens on, for an alert raised
   * while it was subscribed (the app is started with one attempt per delivery). The subscription is
   * removed again, so no later alert is delivered anywhere.
   */
  async deadLetter(): Promise<string> {
    const subscription = await this.subscription('http://127.0.0.1:9/saksi-alerts');
    try {
      await this.openAlert();
      let id = '';
      await waitUntil(async () => {
        const response = await fetch(`${this.saksi.baseUrl}/api/v1/alert-deliveries/dead-letters`, {
          headers: { authorization: `Bearer ${this.key('admin')}` },
        });
        const { deadLetters } = (await response.json()) as { deadLetters: { id: string }[] };
        id = deadLetters[0]?.id ?? '';
        return id !== '';
      }, 'a dead letter');
      return id;
    } finally {
      await this.api(`/alert-subscriptions/${subscription}`, undefined, 'admin', 'DELETE');
    }
  }
}

function paymentFor(paymentId: string) {
  return {
    paymentId,
    period: '2024-03',
    amount: 300_000,
    channel: 'cash',
    reference: `KW-${paymentId}`,
    paidOn: '2024-03-20',
  };
}
