import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bltDdRules } from '@saksi/programme';
import { expectRefused } from './testing/expect-refused.js';
import { startTestLedger, type TestLedger } from './testing/test-ledger.js';

const VILLAGE_A = '11.01.01.2001';
const VILLAGE_B = '11.01.01.2002';

/*
 * A village's allocation lives on the programme's stream, whose first event names no village. The
 * fault suite's generated load found the operator who set an allocation refused when correcting it.
 */
describe('correct a village allocation', () => {
  let ledger: TestLedger;

  beforeAll(async () => {
    ledger = await startTestLedger('allocation_correction', {
      admin: { role: 'admin' },
      operatorA: { role: 'operator', villages: [VILLAGE_A] },
      operatorB: { role: 'operator', villages: [VILLAGE_B] },
    });
  });

  afterAll(() => ledger?.close());

  const post = async (path: string, body: unknown, as: string) => {
    const response = await fetch(`${ledger.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ledger.keys[as]}` },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: (await response.json()) as any,
    };
  };

  it("lets the village's operator correct its allocation, and refuses another village's operator", async () => {
    const programme = { programmeId: 'blt-2024', kind: 'BLT-DD', name: 'BLT 2024', year: 2024 };
    expect((await post('/programmes', { ...programme, rules: bltDdRules(2024) }, 'admin')).status).toBe(201);
    const allocation = await post(
      '/programmes/blt-2024/allocations',
      { villageCode: VILLAGE_A, year: 2024, danaDesa: 943_000_000, allocation: 180_000_000 },
      'operatorA',
    );
    expect(allocation.status).toBe(201);
    const correction = {
      correctsEventId: allocation.body.events[0].eventId,
      reason: 'Salah ketik pada pagu BLT',
      fields: { allocation: 170_000_000 },
    };

    await expectRefused(
      ledger.store,
      () => post('/corrections', correction, 'operatorB'),
      403,
      'ACCESS.VILLAGE_FORBIDDEN',
    );
    const corrected = await post('/corrections', correction, 'operatorA');
    expect(corrected.status).toBe(201);
    expect((await ledger.store.readStream('programme-blt-2024')).map((event) => event.type)).toEqual([
      'programme.created',
      'programme.village-allocation-set',
      'event.corrected',
    ]);
  });
});
