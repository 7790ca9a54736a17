import type { Language } from './preferred-language.js';
import type { Problem, ProblemDetails } from './problem-details.js';
import { problemType } from './problem-details.js';
import { problemTitle } from './problem-titles.js';

/** A problem as the document one request is answered with, in the language it asked for. */
export function problemDocument(problem: Problem, language: Language, instance: string): ProblemDetails {
  return {
    type: problemType(problem.code),
    title: problemTitle(problem.status)[language],
    status: problem.status,
    detail: problem.message[language],
    instance,
    code: problem.code,
    message: problem.message,
    ...(problem.params ? { params: problem.params } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
}

/** The path without its query string, which may hold personal data. */
export function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
