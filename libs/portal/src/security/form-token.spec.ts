import { describe, expect, it } from '@jest/globals';
import { checkFormToken, csrfMatches, csrfToken, formSecret, issueFormToken } from './form-token.js';
import { formIdempotencyKey } from './idempotency-key.js';

const secret = formSecret('k'.repeat(64));
const limits = { minMs: 3_000, maxMs: 3_600_000 };
const served = Date.UTC(2024, 2, 1, 3);

describe('form tokens', () => {
  it('accept a form filled at a person’s pace within the hour', () => {
    expect(
      checkFormToken(
        secret,
        'grievance',
        issueFormToken(secret, 'grievance', served),
        served + 40_000,
        limits,
      ),
    ).toBe('ok');
  });

  it('refuse a form posted faster than a person writes, or older than an hour', () => {
    const token = issueFormToken(secret, 'grievance', served);
    expect(checkFormToken(secret, 'grievance', token, served + 500, limits)).toBe('too-fast');
    expect(checkFormToken(secret, 'grievance', token, served + 3_600_001, limits)).toBe('expired');
  });

  it('refuse a timestamp the client chose, another form’s token and another deployment’s', () => {
    const token = issueFormToken(secret, 'grievance', served);
    const [, mac] = token.split('.');
    expect(checkFormToken(secret, 'grievance', `${served - 60_000}.${mac}`, served + 10_000, limits)).toBe(
      'invalid',
    );
    expect(checkFormToken(secret, 'login', token, served + 10_000, limits)).toBe('invalid');
    expect(checkFormToken(formSecret('o'.repeat(64)), 'grievance', token, served + 10_000, limits)).toBe(
      'invalid',
    );
    expect(checkFormToken(secret, 'grievance', 'garbage', served, limits)).toBe('invalid');
  });

  it('bind a CSRF token to one access key', () => {
    const token = csrfToken(secret, 'saksi_key_one');
    expect(csrfMatches(secret, 'saksi_key_one', token)).toBe(true);
    expect(csrfMatches(secret, 'saksi_key_two', token)).toBe(false);
    expect(csrfMatches(secret, 'saksi_key_one', undefined)).toBe(false);
    expect(csrfMatches(secret, 'saksi_key_one', token.slice(1))).toBe(false);
  });

  it('derive one UUID idempotency key per form, so a form sent twice records once', () => {
    const token = issueFormToken(secret, 'grievance', served);
    const key = formIdempotencyKey(secret, 'grievance', token);
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(formIdempotencyKey(secret, 'grievance', token)).toBe(key);
    expect(formIdempotencyKey(secret, 'grievance', issueFormToken(secret, 'grievance', served + 1))).not.toBe(
      key,
    );
  });
});
