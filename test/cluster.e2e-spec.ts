import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bltDdRules } from '@saksi/programme';
import { readCloudEvent, urlForDatabase, waitUntil } from '@saksi/testing';
import { Kafka, logLevel } from 'kafkajs';
import { freePort } from './support/free-port.js';
import { repoRoot, runCli } from './support/saksi-process.js';

describe('the cluster topology (npm run cluster): ledger, relay, projector and sentinel as their own processes on a real broker', () => {
  const suffix = randomBytes(3).toString('hex');
  const database = `saksi_test_${process.env['SAKSI_TEST_RUN'] ?? 'x'}_cluster_${suffix}`;
  const topic = `saksi-test-cluster-${suffix}`;
  const dir = mkdtempSync(join(tmpdir(), 'saksi-cluster-'));
  let env: Record<string, string>;
  let ledger: string;
  let relay: string;
  let projector: string;
  let sentinel: string;
  let portal: string;
  let key: string;
  let secondProjector: ChildProcess | undefined;
  const cluster = (command: string) =>
    execFileSync('bash', ['deploy/cluster/cluster.sh', command], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: 'inherit',
      timeout: 300_000,
    });

  beforeAll(async () => {
    const [ledgerPort, relayPort, projectorPort, sentinelPort, portalPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    env = {
      SAKSI_CLUSTER_DIR: dir,
      SAKSI_CLUSTER_DB: database,
      LEDGER_PORT: String(ledgerPort),
      RELAY_PORT: String(relayPort),
      PROJECTOR_PORT: String(projectorPort),
      SENTINEL_PORT: String(sentinelPort),
      PORTAL_PORT: String(portalPort),
      SAKSI_CONSUMER_GROUP_PREFIX: `${topic}.`,
      SAKSI_QUEUE_PREFIX: topic,
      SAKSI_EVENTS_TOPIC: topic,
      // Other suites and CI's own trap share the broker.
      SAKSI_CLUSTER_KEEP_KAFKA: '1',
    };
    ledger = `http://127.0.0.1:${ledgerPort}`;
    relay = `http://127.0.0.1:${relayPort}`;
    projector = `http://127.0.0.1:${projectorPort}`;
    sentinel = `http://127.0.0.1:${sentinelPort}`;
    portal = `http://127.0.0.1:${portalPort}`;
    cluster('start');
  }, 300_000);

  afterAll(() => {
    secondProjector?.kill('SIGKILL');
    cluster('stop');
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends programme actions to the ledger and sees each arrive on Kafka once, without personal data in clear', async () => {
    key = runCli(['admin', 'create-key', '--label', 'e2e'], { DATABASE_URL: urlForDatabase(database) })
      .stdout.trim()
      .split('\n')
      .at(-1)!;
    const post = (path: string, body: unknown) =>
      fetch(`${ledger}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(
      (
        await post('/programmes', {
          programmeId: 'blt-2024',
          kind: 'BLT-DD',
          name: 'BLT 2024',
          year: 2024,
          rules: bltDdRules(2024),
        })
      ).status,
    ).toBe(201);
    const registered = await post('/beneficiaries', {
      kpmId: 'kpm-1',
      programmeId: 'blt-2024',
      villageCode: '11.01.01.2001',
      head: { name: 'Siti Aminah', nik: '1101014507800001', sex: 'F', birthDate: '1980-07-05' },
      members: [],
      sourceList: 'P3KE',
      otherAid: [],
    });
    expect(registered.status).toBe(201);

    const kafka = new Kafka({
      clientId: 'saksi-e2e',
      brokers: ['127.0.0.1:9092'],
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: `${topic}-reader` });
    const seen: { id: string; type: string; raw: string }[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        const { event, raw } = readCloudEvent(message);
        seen.push({ id: event['id']!, type: event['type']!, raw });
        return Promise.resolve();
      },
    });
    try {
      await waitUntil(() => seen.length >= 2, 'both events on the topic');
      await new Promise((resolve) => setTimeout(resolve, 1000)); // a duplicate would arrive by now
      expect(seen.map((message) => message.type).sort()).toEqual([
        'beneficiary.registered',
        'programme.created',
      ]);
      expect(new Set(seen.map((message) => message.id)).size).toBe(2);
      for (const message of seen) expect(message.raw).not.toContain('1101014507800001');
    } finally {
      await consumer.disconnect();
    }

    expect(await (await fetch(`${relay}/health`)).json()).toMatchObject({
      ready: true,
      headPosition: 2,
      relayedPosition: 2,
      lag: 0,
    });
    expect(await (await fetch(`${relay}/metrics`)).text()).toMatch(
      /saksi_events_published_total\{app="saksi-relay"\} 2/,
    );

    // The projector consumed both from Kafka, into its read models, once: each read model's
    // consumer group counts the two events, not four.
    const caughtUp = async () => {
      const health = (await (await fetch(`${projector}/health`)).json()) as {
        projections: { name: string; position: number; lagEvents: number }[];
      };
      return health.projections.every((projection) => projection.lagEvents === 0);
    };
    await waitUntil(caughtUp, 'the projector caught up with the log');
    const figures = (await (
      await fetch(
        // Registered today (it was recorded without a field date): it counts from this year's end.
        `${projector}/api/v1/figures?area=11.01.01.2001&programme=blt-2024&period=${new Date().getFullYear()}`,
      )
    ).json()) as { kpm: { registered: number; bySex: { F: { registered: number } } } };
    expect([figures.kpm.registered, figures.kpm.bySex.F.registered]).toEqual([1, 1]);
    const metrics = await (await fetch(`${projector}/metrics`)).text();
    expect(metrics).toMatch(
      /saksi_events_consumed_total\{consumer="beneficiaries",app="saksi-projector"\} 2\b/,
    );
    expect(metrics).toMatch(/saksi_events_consumed_total\{consumer="programmes",app="saksi-projector"\} 2\b/);

    // The district inspectorate subscribes a webhook at the sentinel (alert delivery lives there).
    const calls: Record<string, unknown>[] = [];
    const receiver = createHttpServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        calls.push(JSON.parse(body) as Record<string, unknown>);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const subscribed = await fetch(`${sentinel}/api/v1/alert-subscriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Inspektorat Kecamatan Bakongan',
        region: '11.01.01',
        webhookUrl: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/saksi`,
        webhookSecret: randomBytes(24).toString('hex'),
      }),
    });
    expect(subscribed.status).toBe(201);

    // A payment to a family nobody approved: the sentinel, a consumer group of its own, raises one
    // alert into the log, which comes back through Kafka to the projector's inbox, and through
    // the dispatcher and BullMQ on Redis to the inspectorate's webhook.
    const payment = await post('/beneficiaries/kpm-1/payments', {
      period: '2024-03',
      amount: 300_000,
      channel: 'cash',
      reference: 'KW-1',
      paidOn: '2024-03-25',
    });
    expect(payment.status).toBe(201);
    const alerts = async () =>
      (
        (await (
          await fetch(`${ledger}/api/v1/alerts?region=11.01`, { headers: { authorization: `Bearer ${key}` } })
        ).json()) as { alerts: { rule_code: string; evidence: string[] }[] }
      ).alerts;
    await waitUntil(async () => (await alerts()).length > 0, "the alert in the projector's inbox");
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a second alert would arrive by now
    const inbox = await alerts();
    expect(inbox.map((alert) => alert.rule_code)).toEqual(['PAYMENT.NOT_APPROVED']);
    expect(inbox[0]!.evidence.map(Number)).toContain(3);
    await waitUntil(async () => {
      const health = (await (await fetch(`${sentinel}/health`)).json()) as {
        consumers: { name: string; lagEvents: number }[];
      };
      return health.consumers.find((consumer) => consumer.name === 'sentinel')?.lagEvents === 0;
    }, 'the sentinel caught up with the log');
    expect(await (await fetch(`${sentinel}/metrics`)).text()).toMatch(
      /saksi_alerts_raised_total\{app="saksi-sentinel"\} 1\b/,
    );
    await waitUntil(() => calls.length > 0, 'the webhook call');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a second call would arrive by now
    receiver.close();
    expect(calls.map((call) => call['ruleCode'])).toEqual(['PAYMENT.NOT_APPROVED']);

    // The portal, its own process, shows the village's public page from the shared read models.
    const page = await fetch(
      `${portal}/desa/11.01.01.2001?program=blt-2024&periode=${new Date().getFullYear()}`,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Keude Bakongan');
    expect(html).not.toMatch(/Siti Aminah|1101014507800001/);
  }, 180_000);

  it("hands a killed projector's partitions to a second one: nothing lost, nothing counted twice", async () => {
    const port = await freePort();
    secondProjector = spawn('node', ['dist/apps/projector/src/main.js'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        DATABASE_URL: urlForDatabase(database),
        KAFKA_BROKERS: '127.0.0.1:9092',
        SAKSI_PSEUDONYM_KEY: readFileSync(join(dir, 'pseudonym.key'), 'utf8'),
        SAKSI_PERSONAL_DATA_KEY: readFileSync(join(dir, 'personal-data.key'), 'utf8'),
      },
      stdio: 'ignore',
    });
    const second = `http://127.0.0.1:${port}`;
    await waitUntil(
      async () => (await fetch(`${second}/health`).catch(() => undefined))?.ok === true,
      'a second projector',
    );
    // The first projector dies without a word: no offsets committed on the way out, no goodbye to the group.
    process.kill(Number(readFileSync(join(dir, 'projector.pid'), 'utf8')), 'SIGKILL');

    const families = 20;
    for (let index = 2; index < 2 + families; index++) {
      const response = await fetch(`${ledger}/api/v1/beneficiaries`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          kpmId: `kpm-${index}`,
          programmeId: 'blt-2024',
          villageCode: '11.01.01.2001',
          head: {
            name: 'Warga',
            nik: `110101450780${String(index).padStart(4, '0')}`,
            sex: 'F',
            birthDate: '1980-07-05',
          },
          members: [],
          sourceList: 'P3KE',
          otherAid: [],
        }),
      });
      expect(response.status).toBe(201);
    }
    const registered = async () =>
      (
        (await (
          await fetch(
            `${second}/api/v1/figures?area=11.01.01.2001&programme=blt-2024&period=${new Date().getFullYear()}`,
          )
        ).json()) as { kpm: { registered: number } }
      ).kpm.registered;
    // The group notices the dead member only when its session times out (kafkajs: 30 s).
    await waitUntil(
      async () => (await registered()) >= 1 + families,
      'the second projector took over',
      90_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000)); // a double count would show by now
    expect(await registered()).toBe(1 + families);
  }, 180_000);
});
