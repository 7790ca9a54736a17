import { HttpException } from '@nestjs/common';
import { SaksiError } from '@saksi/errors';
import { EventStoreError } from '@saksi/event-store';
import { LimitExceeded } from '../limits/limit-exceeded.error.js';
import { eventStoreErrorProblem } from './event-store-error.problem.js';
import { httpExceptionProblem } from './http-exception.problem.js';
import type { Problem } from './problem-details.js';
import { saksiErrorProblem } from './saksi-error.problem.js';

/** Says nothing about what failed: an error's own message may name tables, paths or data. */
export const INTERNAL_PROBLEM: Problem = {
  status: 500,
  code: 'INTERNAL',
  message: {
    id: 'Terjadi kesalahan di server Saksi. Tidak ada yang perlu Anda ubah; coba lagi nanti, dan laporkan ke admin bila terus terjadi.',
    en: 'Something went wrong in the Saksi server. There is nothing for you to change; try again later, and tell an administrator if it keeps happening.',
  },
};

/** Every error the edge can see, as the problem it is answered with. */
export function toProblem(error: unknown): Problem {
  if (error instanceof SaksiError) return saksiErrorProblem(error);
  if (error instanceof LimitExceeded) return error.problem;
  if (error instanceof EventStoreError) return eventStoreErrorProblem(error);
  if (error instanceof HttpException) return httpExceptionProblem(error);
  return INTERNAL_PROBLEM;
}
