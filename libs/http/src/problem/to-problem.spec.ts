import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import { SaksiError } from '@saksi/errors';
import { EventIdReused, InvalidEvent, StreamVersionConflict } from '@saksi/event-store';
import { INTERNAL_PROBLEM, toProblem } from './to-problem.js';

class KpmNotFound extends SaksiError {
  constructor(kpmId: string) {
    super(
      'KPM.NOT_FOUND',
      'not-found',
      { id: `KPM ${kpmId} tidak ada.`, en: `KPM ${kpmId} does not exist.` },
      { kpmId },
    );
  }
}

class PaidTwice extends SaksiError {
  constructor() {
    super('PAYMENT.TWICE', 'rule', { id: 'Sudah dibayar.', en: 'Already paid.' });
  }
}

describe('to problem', () => {
  it('answers a SaksiError by its kind, with its code, text and params', () => {
    expect(toProblem(new KpmNotFound('kpm-1'))).toEqual({
      status: 404,
      code: 'KPM.NOT_FOUND',
      message: { id: 'KPM kpm-1 tidak ada.', en: 'KPM kpm-1 does not exist.' },
      params: { kpmId: 'kpm-1' },
    });
    expect(toProblem(new PaidTwice())).toMatchObject({ status: 422, code: 'PAYMENT.TWICE' });
    expect(toProblem(new PaidTwice())).not.toHaveProperty('params');
  });

  it('answers the event store’s errors with sentences of its own', () => {
    expect(toProblem(StreamVersionConflict.of('kpm-1', 2, 3))).toMatchObject({
      status: 409,
      code: 'STREAM.VERSION_CONFLICT',
      params: { streamId: 'kpm-1', expectedVersion: 2, actualVersion: 3 },
    });
    const reused = toProblem(EventIdReused.withIds(['e1']));
    expect(reused).toMatchObject({ status: 409, code: 'EVENT.ID_REUSED' });
    expect(reused.message.en).toContain('Idempotency-Key');
    expect(reused.message.id).toContain('Idempotency-Key');
    expect(toProblem(InvalidEvent.because('Nothing to record: no events'))).toMatchObject({
      status: 400,
      code: 'EVENT.INVALID',
    });
  });

  it('names Nest’s own exceptions by their status', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x'))).toMatchObject({
      status: 404,
      code: 'HTTP.NOT_FOUND',
    });
    expect(toProblem(new HttpException('request entity too large', 413))).toMatchObject({
      status: 413,
      code: 'HTTP.PAYLOAD_TOO_LARGE',
    });
    expect(toProblem(new HttpException('x', 418))).toMatchObject({ status: 418, code: 'HTTP.I_M_A_TEAPOT' });
  });

  it('recognises a body that is not JSON by the parser’s SyntaxError', () => {
    const parserError = new BadRequestException('Unexpected token', {
      cause: new SyntaxError('Unexpected token'),
    });
    expect(toProblem(parserError)).toMatchObject({ status: 400, code: 'HTTP.MALFORMED_JSON' });
    expect(toProblem(new BadRequestException('other'))).toMatchObject({
      status: 400,
      code: 'HTTP.BAD_REQUEST',
    });
  });

  it('tells nothing of an unexpected error', () => {
    const problem = toProblem(new Error('relation "kpm_secret" does not exist at /srv/saksi'));
    expect(problem).toBe(INTERNAL_PROBLEM);
    expect(JSON.stringify(problem)).not.toContain('kpm_secret');
  });
});
