import {
  beneficiaryApproved,
  beneficiaryDeceased,
  beneficiaryExited,
  beneficiaryRegistered,
  beneficiaryRegisteredV1,
  beneficiaryRegisteredV1ToV2,
  beneficiaryReinstated,
  beneficiaryRejected,
  beneficiarySuspended,
  beneficiaryVerified,
} from './beneficiary/beneficiary.events.js';
import { personalDataDisclosed } from './access/disclosure.events.js';
import { personalDataErased } from './access/erasure.events.js';
import { eventCorrected } from './correction/correction.events.js';
import type { EventDefinition } from './event.js';
import { EventCatalogue } from './event-catalogue.js';
import { grievanceAnswered, grievanceFiled } from './grievance/grievance.events.js';
import {
  alertAcknowledged,
  alertDismissed,
  alertEscalated,
  alertRaised,
  alertResolved,
} from './oversight/alert.events.js';
import { findingRecorded } from './oversight/finding.events.js';
import { paymentDue, paymentFailed, paymentPaid, paymentReversed } from './payment/payment.events.js';
import { PERSONAL_FIELDS } from './personal-data.policy.js';
import { programmeCreated, villageAllocationSet } from './programme/programme.events.js';
import { attendanceRecorded, trainingHeld, trainingScheduled } from './training/training.events.js';

/** The one catalogue. A new event type or version is added here, with its upcaster. */
export const catalogue = new EventCatalogue(
  [
    programmeCreated,
    villageAllocationSet,
    beneficiaryRegisteredV1,
    beneficiaryRegistered,
    beneficiaryVerified,
    beneficiaryApproved,
    beneficiaryRejected,
    beneficiarySuspended,
    beneficiaryReinstated,
    beneficiaryExited,
    beneficiaryDeceased,
    paymentDue,
    paymentPaid,
    paymentFailed,
    paymentReversed,
    trainingScheduled,
    trainingHeld,
    attendanceRecorded,
    grievanceFiled,
    grievanceAnswered,
    findingRecorded,
    eventCorrected,
    personalDataDisclosed,
    personalDataErased,
    alertRaised,
    alertAcknowledged,
    alertDismissed,
    alertEscalated,
    alertResolved,
  ] as EventDefinition[],
  [beneficiaryRegisteredV1ToV2],
  PERSONAL_FIELDS,
);
