import { SaksiError } from '@saksi/errors';
import type { FieldError } from '../problem/problem-details.js';
import type { SchemaIssue } from './schema-issue.js';
import { fieldError } from './zod-issue.messages.js';

/** 400: the request does not have the shape the route takes; `errors` says where. */
export class RequestInvalid extends SaksiError {
  private constructor(readonly errors: FieldError[]) {
    super('REQUEST.INVALID', 'invalid', summary(errors), { count: errors.length });
  }

  static withErrors(errors: FieldError[]): RequestInvalid {
    return new RequestInvalid(errors);
  }

  /** `input` is the validated value: it tells a missing field from one of the wrong type. */
  static fromIssues(issues: readonly SchemaIssue[], input?: unknown): RequestInvalid {
    return new RequestInvalid(issues.map((issue) => fieldError(issue, input)));
  }
}

function summary(errors: FieldError[]): { id: string; en: string } {
  const [only] = errors;
  if (errors.length === 1 && only) {
    const where = only.path ? ` "${only.path}"` : '';
    return {
      id: `Isian${where} belum benar: ${only.message.id} Perbaiki, lalu kirim lagi.`,
      en: `The value${where} is not right: ${only.message.en} Correct it and send again.`,
    };
  }
  return {
    id: `Ada ${errors.length} isian yang belum benar (lihat daftar "errors"). Perbaiki, lalu kirim lagi.`,
    en: `${errors.length} values are not right (see the "errors" list). Correct them and send again.`,
  };
}
