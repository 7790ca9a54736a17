import { Global, Module } from '@nestjs/common';
import type { AreaDirectory } from './area-directory.js';
import { loadAreaDirectory } from './load-area-directory.js';

export const AREA_DIRECTORY = Symbol('AreaDirectory');

/** The official list of areas, loaded once per process and shared by every module that needs it. */
@Global()
@Module({
  providers: [{ provide: AREA_DIRECTORY, useFactory: (): Promise<AreaDirectory> => loadAreaDirectory() }],
  exports: [AREA_DIRECTORY],
})
export class AreaModule {}
