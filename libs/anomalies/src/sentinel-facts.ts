import type { SaksiEventType } from '@saksi/events';
import type { FactStore } from './fact-store.port.js';
import { recordBeneficiaryEvent } from './facts/beneficiary.facts.js';
import { recordCorrection } from './facts/correction.facts.js';
import { recordPaid, recordReversed } from './facts/payment.facts.js';
import { recordAllocation, recordProgramme } from './facts/programme.fact.js';
import { recordTrainingEvent } from './facts/training.facts.js';
import type { SentinelEvent } from './sentinel-event.js';

/**
 * Updates what the rules remember about the world after one event. Events of one stream come in
 * order; events of different streams in any order, so every fact here is either the stream's own
 * (a KPM, a session, a programme) or a set that grows the same whatever the order (a NIK's
 * registrations, a village's paid total, an actor's payments of a day).
 */
export async function recordFacts(event: SentinelEvent, facts: FactStore): Promise<void> {
  const type = event.type as SaksiEventType;
  switch (type) {
    case 'programme.created':
      return recordProgramme(event, facts);
    case 'programme.village-allocation-set':
      return recordAllocation(event, facts);
    case 'beneficiary.registered':
    case 'beneficiary.verified':
    case 'beneficiary.approved':
    case 'beneficiary.rejected':
    case 'beneficiary.suspended':
    case 'beneficiary.reinstated':
    case 'beneficiary.exited':
    case 'beneficiary.deceased':
      return recordBeneficiaryEvent(event, facts);
    case 'payment.paid':
      return recordPaid(event, facts);
    case 'payment.reversed':
      return recordReversed(event, facts);
    case 'training.scheduled':
    case 'training.held':
    case 'training.attendance-recorded':
      return recordTrainingEvent(event, facts);
    case 'event.corrected':
      return recordCorrection(event, facts);
    // Money that was only due or failed moved nowhere; grievances, findings and disclosures feed no
    // rule yet; alerts and their triage are the sentinel's own output, never its evidence.
    case 'payment.due':
    case 'payment.failed':
    case 'grievance.filed':
    case 'grievance.answered':
    case 'finding.recorded':
    case 'personal-data.disclosed':
    case 'personal-data.erased':
    case 'alert.raised':
    case 'alert.acknowledged':
    case 'alert.dismissed':
    case 'alert.escalated':
    case 'alert.resolved':
      return;
    default: {
      // A type this build's catalogue does not know yet: nothing to remember.
      const _never: never = type;
      return;
    }
  }
}
