import type { AreaLevel } from './area-code.js';

/**
 * The area lists contradict themselves. Raised while a directory is built, never for user input:
 * a code an operator typed that is not in the lists is simply absent from the directory.
 */
export class InconsistentAreaData extends Error {
  private constructor(message: string) {
    super(message);
    this.name = 'InconsistentAreaData';
  }

  static malformedCode(level: AreaLevel, code: string): InconsistentAreaData {
    return new InconsistentAreaData(`The ${level} code "${code}" does not have the official shape.`);
  }

  static duplicate(level: AreaLevel, code: string): InconsistentAreaData {
    return new InconsistentAreaData(`The ${level} code "${code}" is listed twice.`);
  }

  static orphan(level: AreaLevel, code: string, parentCode: string): InconsistentAreaData {
    return new InconsistentAreaData(
      `The ${level} "${code}" names parent "${parentCode}", which is not listed or does not prefix its code.`,
    );
  }
}
