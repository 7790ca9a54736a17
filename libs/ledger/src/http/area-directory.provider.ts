import { type AreaDirectory, loadAreaDirectory } from '@saksi/area';

export const AREA_DIRECTORY = Symbol('AreaDirectory');

export const areaDirectoryProvider = {
  provide: AREA_DIRECTORY,
  useFactory: (): Promise<AreaDirectory> => loadAreaDirectory(),
};
