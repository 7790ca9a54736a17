import { describe, expect, it } from '@jest/globals';
import { alertEmail } from './alert-email.js';

const notice = {
  alertId: '0193a1b2-0000-5000-8000-000000000001',
  ruleCode: 'PAYMENT.NOT_APPROVED',
  severity: 'high' as const,
  villageCode: '11.01.01.2001',
  programmeId: 'blt-2024',
  subject: 'kpm kpm-1',
  evidence: [3, 9],
  details: { period: '2024-03' },
  level: 0,
};

describe('alert e-mail', () => {
  it('names the rule, severity, village, subject, evidence and link in Indonesian and English', () => {
    const email = alertEmail(notice, 'https://saksi.example/alerts/x');
    expect(email.subject).toContain('PAYMENT.NOT_APPROVED');
    expect(email.subject).toContain('Peringatan tinggi');
    expect(email.subject).toContain('high alert');
    for (const line of [
      'Aturan: PAYMENT.NOT_APPROVED',
      'Desa: 11.01.01.2001',
      'Bukti (posisi di log): 3, 9',
      'Severity: high',
      'Open: https://saksi.example/alerts/x',
      '  period: 2024-03',
    ])
      expect(email.text).toContain(line);
  });

  it('says when it comes by escalation', () => {
    const email = alertEmail({ ...notice, level: 1 }, 'link');
    expect(email.subject).toMatch(/^\[Saksi\] Eskalasi tingkat 1/);
    expect(email.text).toContain('passed to level 1');
  });
});
