import { type DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@saksi/access';
import { AreaModule } from '@saksi/area';
import { type Storage, StorageModule } from '@saksi/database';
import { EventStoreModule } from '@saksi/event-store';
import { ObservabilityModule } from '@saksi/observability';
import { PrivacyModule } from '@saksi/privacy';
import { HealthController } from './http/health.controller.js';
import { LedgerModule } from './ledger.module.js';

/**
 * The ledger as a whole application: storage, log, access keys, the API (erasure of personal data
 * included) and /health. The storage's personal data must already be sealed (sealPersonalData).
 */
@Module({})
export class LedgerAppModule {
  /**
   * `extra` adds what else runs in this process: in the embedded default, the read side and the
   * sentinel with their in-process feeds.
   */
  static forStorage(storage: Storage, extra: DynamicModule[] = []): DynamicModule {
    return {
      module: LedgerAppModule,
      imports: [
        StorageModule.forStorage(storage),
        EventStoreModule.register(),
        AccessModule.register(),
        AreaModule,
        ObservabilityModule.forApp('saksi-ledger'),
        LedgerModule,
        PrivacyModule,
        ...extra,
      ],
      controllers: [HealthController],
    };
  }
}
