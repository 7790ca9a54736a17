import { SaksiError } from '@saksi/errors';
import type { z } from 'zod';

export class EventCatalogueError extends SaksiError {
  static unknownType(type: string, version: number): EventCatalogueError {
    return new EventCatalogueError(
      'EVENT.UNKNOWN_TYPE',
      'invalid',
      {
        id: `Jenis peristiwa "${type}" versi ${version} tidak dikenal.`,
        en: `Event type "${type}" version ${version} is not in the catalogue.`,
      },
      { type, version },
    );
  }

  static schemaViolation(type: string, issues: z.core.$ZodIssue[]): EventCatalogueError {
    const where = issues.map((issue) => issue.path.join('.') || '(data)').join(', ');
    return new EventCatalogueError(
      'EVENT.SCHEMA_VIOLATION',
      'invalid',
      {
        id: `Data untuk "${type}" tidak sesuai bentuknya: periksa ${where}.`,
        en: `The data for "${type}" does not have the required shape: check ${where}.`,
      },
      {
        type,
        issues: issues.map((issue) => ({
          path: issue.path.join('.'),
          code: issue.code,
          message: issue.message,
        })),
      },
    );
  }
}
