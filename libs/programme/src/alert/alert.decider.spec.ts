import { describe, it } from '@jest/globals';
import type { AlertEvent, AlertRaised } from '@saksi/events';
import { given } from '../testing/given-when-then.js';
import { alertDecider } from './alert.decider.js';

const alertId = '0193a1b2-0000-5000-8000-000000000001';
const raised: AlertRaised = {
  type: 'alert.raised',
  data: {
    alertId,
    ruleCode: 'PAYMENT.NOT_APPROVED',
    severity: 'high',
    alertKey: 'PAYMENT.NOT_APPROVED:kpm-1/2024-03',
    villageCode: '11.01.01.2001',
    programmeId: 'blt-2024',
    subject: 'kpm kpm-1',
    evidence: [3, 9],
    details: { period: '2024-03' },
    configVersion: '2024.1',
  },
};
const dismissed: AlertEvent = {
  type: 'alert.dismissed',
  data: { alertId, reason: 'Approved on paper; record late' },
};

describe('alert triage', () => {
  it('raises an alert once: a second raise of the same anomaly records nothing', () => {
    given(alertDecider).when({ kind: 'raise-alert', data: raised.data }).then([raised]);
    given(alertDecider, [raised]).when({ kind: 'raise-alert', data: raised.data }).then([]);
  });

  it('acknowledges an open alert, but not twice', () => {
    const acknowledged: AlertEvent = { type: 'alert.acknowledged', data: { alertId } };
    given(alertDecider, [raised]).when({ kind: 'acknowledge-alert', data: { alertId } }).then([acknowledged]);
    given(alertDecider, [raised, acknowledged])
      .when({ kind: 'acknowledge-alert', data: { alertId } })
      .thenRefuses('ALERT.ALREADY_ACKNOWLEDGED', 'conflict');
  });

  it('escalates only upwards', () => {
    const escalated: AlertEvent = {
      type: 'alert.escalated',
      data: { alertId, level: 1, reason: 'not acknowledged in time' },
    };
    given(alertDecider, [raised]).when({ kind: 'escalate-alert', data: escalated.data }).then([escalated]);
    given(alertDecider, [raised, escalated])
      .when({ kind: 'escalate-alert', data: { alertId, level: 1, reason: 'again' } })
      .thenRefuses('ALERT.ESCALATION_NOT_HIGHER', 'rule');
  });

  it('refuses any step on an alert that does not exist or is closed', () => {
    given(alertDecider)
      .when({ kind: 'acknowledge-alert', data: { alertId } })
      .thenRefuses('ALERT.NOT_FOUND', 'not-found');
    given(alertDecider, [raised, dismissed])
      .when({ kind: 'resolve-alert', data: { alertId, resolution: 'Paid back' } })
      .thenRefuses('ALERT.CLOSED', 'conflict');
  });

  it('dismisses with a reason and resolves with a resolution', () => {
    given(alertDecider, [raised]).when({ kind: 'dismiss-alert', data: dismissed.data }).then([dismissed]);
    given(alertDecider, [raised])
      .when({
        kind: 'resolve-alert',
        data: { alertId, resolution: 'The money was returned to the village account' },
      })
      .then([
        {
          type: 'alert.resolved',
          data: { alertId, resolution: 'The money was returned to the village account' },
        },
      ]);
  });
});
