import { createReadStream } from 'node:fs';
import { userInfo } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { CsvImporter, ImportError, LedgerAppModule } from '@saksi/ledger';
import { openLedgerStorage } from './ledger-storage.js';

/**
 * Imports a CSV file through the same code as the upload endpoint. Whoever runs the CLI can open the
 * database, so it acts as an administrator; the events name the operating-system user.
 */
export async function runImport(file: string, kind: string): Promise<number> {
  const storage = await openLedgerStorage('saksi-import');
  const app = await NestFactory.createApplicationContext(LedgerAppModule.forStorage(storage), {
    logger: ['error'],
  });
  try {
    const importer = app.get(CsvImporter);
    const actor = { id: `cli:${userInfo().username}`, role: 'admin' as const, villages: [] };
    const report = await importer.import(createReadStream(file), kind, actor, `csv-import:${file}`);
    console.log(
      `Imported ${file}: ${report.rows} rows, ${report.recorded} recorded, ${report.alreadyImported} already imported, ${report.events} events.`,
    );
    return 0;
  } catch (error: unknown) {
    if (error instanceof ImportError && error.report) {
      console.error(`Not imported: ${error.report.errorCount} bad rows; nothing was recorded.`);
      for (const row of error.report.errors)
        console.error(`  line ${row.line}, ${row.column || 'row'}: ${row.code}: ${row.message.en}`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}
