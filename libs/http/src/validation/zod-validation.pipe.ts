import { type ArgumentMetadata, Injectable, StandardSchemaValidationPipe } from '@nestjs/common';
import { RequestInvalid } from './request-invalid.error.js';
import type { SchemaIssue } from './schema-issue.js';
import { unstorableInput } from './storable-input.js';

/** Carries the issues from Nest's exception factory to transform(), which also has the input. */
class SchemaIssues extends Error {
  constructor(readonly issues: readonly SchemaIssue[]) {
    super('schema validation failed');
  }
}

/**
 * Nest 12 validates a parameter against the Standard Schema given as `@Body({ schema })` (zod v4
 * is one), and @nestjs/swagger documents the same schema. This pipe keeps Nest's behaviour
 * (prototype keys stripped, the parsed value handed on) and only changes the failure: a
 * REQUEST.INVALID SaksiError with one bilingual field error per issue. configureHttp() registers
 * it globally; without it a `schema` is documentation only and nothing is checked.
 *
 * Before any schema, what the client sent must be storable at all (see unstorableInput): checked
 * here once for every body, query and path parameter rather than in each schema, because free
 * fields (a correction's `fields`) and plain text columns have no schema rule that would catch it.
 */
@Injectable()
export class ZodValidationPipe extends StandardSchemaValidationPipe {
  constructor() {
    super({
      exceptionFactory: (issues) => new SchemaIssues(issues),
    });
  }

  override async transform<T = unknown>(value: T, metadata: ArgumentMetadata): Promise<T> {
    if (metadata.type !== 'custom') {
      const problems = unstorableInput(value, metadata.data ?? '');
      if (problems.length > 0) throw RequestInvalid.withErrors(problems);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof SchemaIssues) throw RequestInvalid.fromIssues(error.issues, value);
      throw error;
    }
  }
}
