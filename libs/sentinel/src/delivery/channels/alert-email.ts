import type { AlertNotice } from './alert-notice.js';

const SEVERITY_ID: Record<AlertNotice['severity'], string> = {
  critical: 'kritis',
  high: 'tinggi',
  medium: 'sedang',
  low: 'rendah',
};

export interface AlertEmail {
  subject: string;
  text: string;
}

/** The e-mail to an inspector: Indonesian first, then English, in plain text. */
export function alertEmail(notice: AlertNotice, link: string): AlertEmail {
  const village = notice.villageCode ?? '-';
  const evidence = notice.evidence.length > 0 ? notice.evidence.join(', ') : '-';
  const escalated = notice.level > 0;
  const details = Object.entries(notice.details).map(([key, value]) => `  ${key}: ${String(value)}`);
  return {
    subject:
      `[Saksi] ${escalated ? `Eskalasi tingkat ${notice.level}: ` : ''}Peringatan ${SEVERITY_ID[notice.severity]} ` +
      `${notice.ruleCode}, desa ${village} / ${escalated ? `Escalated to level ${notice.level}: ` : ''}` +
      `${notice.severity} alert ${notice.ruleCode}, village ${village}`,
    text: [
      escalated
        ? `Peringatan ini diteruskan ke tingkat ${notice.level} karena belum diterima di tingkat sebelumnya.`
        : 'Saksi menemukan kejanggalan yang perlu diperiksa.',
      '',
      `Aturan: ${notice.ruleCode}`,
      `Tingkat: ${SEVERITY_ID[notice.severity]}`,
      `Desa: ${village}`,
      `Program: ${notice.programmeId ?? '-'}`,
      `Perihal: ${notice.subject}`,
      `Bukti (posisi di log): ${evidence}`,
      `Buka: ${link}`,
      '',
      '---',
      '',
      escalated
        ? `This alert was passed to level ${notice.level} because no one acknowledged it at the level below.`
        : 'Saksi found an anomaly that needs checking.',
      '',
      `Rule: ${notice.ruleCode}`,
      `Severity: ${notice.severity}`,
      `Village: ${village}`,
      `Programme: ${notice.programmeId ?? '-'}`,
      `Subject: ${notice.subject}`,
      `Evidence (log positions): ${evidence}`,
      `Open: ${link}`,
      ...(details.length > 0 ? ['', 'Rincian / Details:', ...details] : []),
      '',
      `Id: ${notice.alertId}`,
    ].join('\n'),
  };
}
