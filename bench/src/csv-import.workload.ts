import { Readable } from 'node:stream';
import type { Actor } from '@saksi/access';
import { loadAreaDirectory } from '@saksi/area';
import type { EventStore } from '@saksi/event-store';
import { CommandService, CsvImporter, IdentifierChecks, systemClock } from '@saksi/ledger';
import type { Measurement } from './workloads.js';

const admin: Actor = { id: 'bench', role: 'admin', villages: [] };
const HEADER =
  'kpm_id,programme_id,village_code,hamlet,head_name,head_nik,head_sex,head_birth_date,members,source_list,other_aid';

/**
 * Streams a generated beneficiaries file through the real importer (schema, NIK and village checks,
 * the KPM decider, one session): rows per second, end to end.
 */
export async function csvImport(store: EventStore, rows: number): Promise<Measurement> {
  const areas = await loadAreaDirectory();
  const villages = areas.villagesOfRegency('33.74');
  const importer = new CsvImporter(
    store,
    new CommandService(store, systemClock),
    new IdentifierChecks(areas, systemClock),
  );
  const lines = function* () {
    yield `${HEADER}\n`;
    for (let n = 1; n <= rows; n++) {
      const village = villages[n % villages.length]!;
      const woman = n % 2 === 0;
      const day = 1 + (n % 28);
      // A serial runs 0001-9999, so each further 9,999 rows move to another birth year.
      const year = 1985 + (Math.floor(n / 9_999) % 10);
      const serial = String(1 + (n % 9_999)).padStart(4, '0');
      const nik = `${village.parentCode.replaceAll('.', '')}${String(day + (woman ? 40 : 0)).padStart(2, '0')}06${String(year % 100)}${serial}`;
      const birth = `${year}-06-${String(day).padStart(2, '0')}`;
      yield `bench-${n},blt-2024,${village.code},Dusun ${n % 5},Kepala ${n},${nik},${woman ? 'F' : 'M'},${birth},F:2012-01-01|M:2015-05-05,P3KE,\n`;
    }
  };
  const started = process.hrtime.bigint();
  const report = await importer.import(Readable.from(lines()), 'beneficiaries', admin, 'bench');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (report.recorded !== rows)
    throw new Error(`the bench import recorded ${report.recorded} of ${rows} rows`);
  return { workload: 'CSV import, beneficiaries (rows)', events: rows, seconds };
}
