import { NestFactory } from '@nestjs/core';
import type { AreaDirectory } from '@saksi/area';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { AREA_DIRECTORY, CommandService, LedgerAppModule, recordDemoYear } from '@saksi/ledger';
import { openLedgerStorage } from './ledger-storage.js';

export async function runDemo(options: {
  regency: string;
  villages?: number;
  seed: number;
}): Promise<number> {
  const storage = await openLedgerStorage('saksi-demo');
  const app = await NestFactory.createApplicationContext(LedgerAppModule.forStorage(storage), {
    logger: ['error'],
  });
  try {
    const started = Date.now();
    const summary = await recordDemoYear(
      app.get<EventStore>(EVENT_STORE),
      app.get(CommandService),
      app.get<AreaDirectory>(AREA_DIRECTORY),
      {
        regencyCode: options.regency,
        seed: options.seed,
        ...(options.villages ? { villages: options.villages } : {}),
      },
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Recorded a BLT-DD year for ${summary.villages} villages of ${summary.regency}: ` +
        `${summary.families} families, ${summary.events} events in ${seconds.toFixed(1)} s. Start Saksi with npm start.`,
    );
    return 0;
  } finally {
    await app.close();
  }
}
