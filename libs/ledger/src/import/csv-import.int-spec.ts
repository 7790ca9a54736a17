import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EventStore, verifyLog } from '@saksi/event-store';
import { startTestLedger, type TestLedger } from '../testing/test-ledger.js';

const VILLAGE_A = '11.01.01.2001';
const VILLAGE_B = '11.01.01.2002';

const beneficiariesCsv = [
  'kpm_id,programme_id,village_code,hamlet,rt,rw,head_name,head_nik,head_sex,head_birth_date,members,source_list,other_aid',
  `kpm-i1,blt-2024,${VILLAGE_A},Dusun Mawar,001,002,Siti Aminah,1101014507800001,F,1980-07-05,M:2012-03-01|F:2015-06-30,P3KE,`,
  `kpm-i2,blt-2024,${VILLAGE_A},Dusun Melati,003,002,Ahmad Yani,1101011203750002,M,1975-03-12,,P3KE,PKH`,
  `kpm-i3,blt-2024,${VILLAGE_A},Dusun Mawar,001,002,"Nur, Halimah",1101015501900003,F,1990-01-15,,DTKS,`,
].join('\n');

describe('CSV import', () => {
  let ledger: TestLedger;
  let store: EventStore;
  let base: string;
  let admin: string;
  let operatorB: string;

  beforeAll(async () => {
    ledger = await startTestLedger('csv_import', {
      admin: { role: 'admin' },
      operatorB: { role: 'operator', villages: [VILLAGE_B] },
    });
    ({ store, baseUrl: base } = ledger);
    ({ admin, operatorB } = ledger.keys as { admin: string; operatorB: string });
  });

  afterAll(() => ledger?.close());

  async function upload(kind: string, csv: string | Buffer, key = admin, contentType = 'text/csv') {
    const response = await fetch(`${base}/api/v1/imports/${kind}`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${key}` },
      body: csv,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  it('records a whole file of beneficiaries, then their approvals and payments', async () => {
    const registered = await upload('beneficiaries', beneficiariesCsv);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({
      kind: 'beneficiaries',
      rows: 3,
      recorded: 3,
      alreadyImported: 0,
      refused: false,
      events: 3,
    });
    expect((await store.readStream('kpm-kpm-i3'))[0]!.data).toMatchObject({
      head: { name: 'Nur, Halimah' },
      sourceList: 'DTKS',
    });
    expect((await store.readStream('kpm-kpm-i1'))[0]!.data).toMatchObject({
      members: [
        { sex: 'M', birthDate: '2012-03-01' },
        { sex: 'F', birthDate: '2015-06-30' },
      ],
    });
    expect((await store.readStream('kpm-kpm-i2'))[0]!.data).toMatchObject({ otherAid: ['PKH'] });

    const approved = await upload(
      'approvals',
      'kpm_id,musdes_ref,musdes_date\nkpm-i1,BA/01/2024,2024-02-10\nkpm-i2,BA/01/2024,2024-02-10\n',
    );
    expect(approved.body).toMatchObject({ recorded: 2, refused: false });

    const paid = await upload(
      'payments',
      'kpm_id,period,amount,channel,reference,paid_on\nkpm-i1,2024-03,900000,post-office,PO-1,2024-03-20\nkpm-i2,2024-03,900000,post-office,PO-2,2024-03-20\n',
    );
    expect(paid.body).toMatchObject({ recorded: 2, refused: false });
    expect((await verifyLog(store)).ok).toBe(true);
  });

  it('changes nothing when the same file is imported again', async () => {
    const head = await store.head();
    const again = await upload('beneficiaries', beneficiariesCsv);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ rows: 3, recorded: 0, alreadyImported: 3 });
    expect(await store.head()).toEqual(head);
  });

  it('refuses a file with bad rows whole, reporting every bad row by line and column', async () => {
    const head = await store.head();
    const csv = [
      'kpm_id,programme_id,village_code,head_name,head_nik,head_sex,head_birth_date,source_list',
      `kpm-b1,blt-2024,${VILLAGE_A},Good Row,1101014507800011,F,1980-07-05,P3KE`,
      `kpm-b2,blt-2024,${VILLAGE_A},Wrong Sex,1101014507800012,M,1980-07-05,P3KE`,
      `kpm-b3,blt-2024,${VILLAGE_A},Another Good,1101011203750013,M,1975-03-12,P3KE`,
      `kpm-b4,blt-2024,11.01.01.2999,No Such Village,1101011203750014,M,1975-03-12,P3KE`,
      `kpm-b5,blt-2024,${VILLAGE_A},Bad List,1101011203750015,M,1975-03-12,NOWHERE`,
    ].join('\n');
    const refused = await upload('beneficiaries', csv);
    expect(refused.status).toBe(400);
    expect(refused.body['code']).toBe('IMPORT.REFUSED');
    expect(
      refused.body['errors'].map((e: { line: number; path: string; code: string }) => [
        e.line,
        e.path,
        e.code,
      ]),
    ).toEqual([
      [3, 'head_nik', 'NIK.SEX_MISMATCH'],
      [5, 'village_code', 'AREA.UNKNOWN_VILLAGE'],
      [6, 'source_list', 'invalid_value'],
    ]);
    expect(refused.body['message'].id).toContain('3 baris');
    expect(await store.head()).toEqual(head);
    expect(await store.readStream('kpm-kpm-b1')).toEqual([]);
  });

  it('refuses rows for villages the operator does not serve, and records none', async () => {
    const head = await store.head();
    const refused = await upload('beneficiaries', beneficiariesCsv.replace(/kpm-i/g, 'kpm-o'), operatorB);
    expect(refused.body['errors'].map((e: { code: string }) => e.code)).toEqual(
      Array(3).fill('ACCESS.VILLAGE_FORBIDDEN'),
    );
    expect(await store.head()).toEqual(head);
  });

  it('explains a header that does not fit the kind', async () => {
    const refused = await upload('payments', 'kpm,amount\nkpm-i1,1\n');
    expect(refused.status).toBe(400);
    expect(refused.body['code']).toBe('IMPORT.BAD_HEADER');
    expect(refused.body['message'].en).toContain('missing columns: kpm_id, period');
  });

  it('asks for CSV when the body is something else', async () => {
    const refused = await upload('payments', '{"a":1}', admin, 'application/json');
    expect(refused.body['code']).toBe('IMPORT.NOT_CSV');
  });

  it('refuses an unknown kind of import', async () => {
    const refused = await upload('salaries', 'a\n1\n');
    expect(refused.status).toBe(400);
    expect(refused.body['code']).toBe('REQUEST.INVALID');
  });
  describe('files that are not what they seem', () => {
    const header = 'kpm_id,programme_id,village_code,head_name,head_nik,head_sex,head_birth_date,source_list';
    const row = (id: string, name: string, nik: string) =>
      `${id},blt-2024,${VILLAGE_A},${name},${nik},F,1980-07-05,P3KE`;

    async function refusedWithNothingRecorded(kind: string, csv: string | Buffer) {
      const head = await store.head();
      const answer = await upload(kind, csv);
      expect(answer.status).toBe(400);
      expect(await store.head()).toEqual(head);
      return answer.body;
    }

    it.each([
      ['an empty file', ''],
      ['a header without rows', `${header}\r\n`],
    ])('refuses %s instead of answering that it was imported', async (_, csv) => {
      expect((await refusedWithNothingRecorded('beneficiaries', csv))['code']).toBe('IMPORT.EMPTY');
    });

    it('refuses a file saved as Latin-1, naming the line, rather than garble its names', async () => {
      const csv = Buffer.from(
        [header, row('kpm-l1', 'Siti', '1101014507800021'), row('kpm-l2', 'Sútini', '1101014507800022')].join(
          '\n',
        ),
        'latin1',
      );
      const body = await refusedWithNothingRecorded('beneficiaries', csv);
      expect(body).toMatchObject({ code: 'IMPORT.NOT_UTF8', params: { line: 3 } });
      expect(await store.readStream('kpm-kpm-l1')).toEqual([]);
    });

    it('refuses a header that names a column twice, which would let one cell silently win', async () => {
      const body = await refusedWithNothingRecorded(
        'approvals',
        'kpm_id,musdes_ref,kpm_id\nkpm-i1,BA,kpm-i2\n',
      );
      expect(body['code']).toBe('IMPORT.BAD_HEADER');
      expect(body['message'].en).toContain('columns named twice: kpm_id');
    });

    it('tells an operator whose spreadsheet saved semicolons to use commas', async () => {
      const body = await refusedWithNothingRecorded('approvals', 'kpm_id;musdes_ref\nkpm-i1;BA\n');
      expect(body['message'].id).toContain('titik koma');
    });

    it('names the line where a quote that is never closed was opened, not the end of the file', async () => {
      const csv = [
        header,
        row('kpm-q1', 'Siti', '1101014507800031'),
        row('kpm-q2', '"Nur', '1101014507800032'),
        row('kpm-q3', 'Ani', '1101014507800033'),
        // The parser stumbles only here, where the next quote closes the cell opened on line 3.
        row('kpm-q5', '"Dewi, Ani"', '1101014507800035'),
        row('kpm-q4', 'Ida', '1101014507800034'),
      ].join('\n');
      expect(await refusedWithNothingRecorded('beneficiaries', csv)).toMatchObject({
        code: 'IMPORT.UNREADABLE',
        params: { line: 3 },
      });
    });

    it('refuses a NUL character in a cell by line and column, in both languages', async () => {
      const csv = [
        header,
        row('kpm-n1', 'Siti', '1101014507800041'),
        row('kpm-n2', 'Nur\u0000', '1101014507800042'),
      ].join('\n');
      const body = await refusedWithNothingRecorded('beneficiaries', csv);
      expect(body['errors']).toEqual([
        expect.objectContaining({
          line: 3,
          path: 'head_name',
          message: expect.objectContaining({ id: expect.stringContaining('NUL') }),
        }),
      ]);
      expect(await store.readStream('kpm-kpm-n1')).toEqual([]);
    });

    it('refuses a row far longer than any real one without holding it', async () => {
      const csv = `${header}\n${row('kpm-h1', 'x'.repeat(2_000_000), '1101014507800051')}\n`;
      expect((await refusedWithNothingRecorded('beneficiaries', csv))['code']).toMatch(
        /^IMPORT\.(UNREADABLE|LINE_TOO_LONG)$/,
      );
    });

    it('reads a BOM and Windows line ends mixed with bare ones', async () => {
      const csv = `\uFEFF${header}\r\n${row('kpm-w1', 'Siti', '1101014507800061')}\n${row('kpm-w2', 'Nur', '1101014507800062')}\r\n`;
      const answer = await upload('beneficiaries', csv);
      expect(answer.body).toMatchObject({ rows: 2, recorded: 2, refused: false });
    });
  });
});
