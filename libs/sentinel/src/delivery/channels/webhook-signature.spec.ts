import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signWebhook, verifyWebhook } from './webhook-signature.js';

describe('webhook signature', () => {
  const secret = 's'.repeat(32);
  const body = '{"alertId":"a"}';

  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" under the secret', () => {
    const hex = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signWebhook(secret, '1700000000', body)).toBe(`sha256=${hex}`);
  });

  it('verifies only the same body, timestamp and secret', () => {
    const signature = signWebhook(secret, '1700000000', body);
    expect(verifyWebhook(secret, '1700000000', body, signature)).toBe(true);
    expect(verifyWebhook(secret, '1700000001', body, signature)).toBe(false);
    expect(verifyWebhook(secret, '1700000000', `${body} `, signature)).toBe(false);
    expect(verifyWebhook('t'.repeat(32), '1700000000', body, signature)).toBe(false);
    expect(verifyWebhook(secret, '1700000000', body, 'sha256=00')).toBe(false);
  });
});
