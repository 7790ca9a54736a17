import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Storage } from './open-storage.js';

export const STORAGE = Symbol('Storage');
export const DATA_SOURCE = Symbol('DataSource');

class StorageCloser implements OnApplicationShutdown {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
}

/** Hands an opened Storage to Nest; the storage is opened before Nest starts (migrations first). */
@Global()
@Module({})
export class StorageModule {
  static forStorage(storage: Storage): DynamicModule {
    return {
      module: StorageModule,
      providers: [
        { provide: STORAGE, useValue: storage },
        { provide: DATA_SOURCE, useValue: storage.dataSource },
        StorageCloser,
      ],
      exports: [STORAGE, DATA_SOURCE],
    };
  }
}
