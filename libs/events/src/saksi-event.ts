import type { PersonalDataDisclosed } from './access/disclosure.events.js';
import type { PersonalDataErased } from './access/erasure.events.js';
import type { BeneficiaryEvent } from './beneficiary/beneficiary.events.js';
import type { EventCorrected } from './correction/correction.events.js';
import type { GrievanceEvent } from './grievance/grievance.events.js';
import type { AlertEvent } from './oversight/alert.events.js';
import type { FindingRecorded } from './oversight/finding.events.js';
import type { PaymentEvent } from './payment/payment.events.js';
import type { ProgrammeCreated, VillageAllocationSet } from './programme/programme.events.js';
import type { TrainingEvent } from './training/training.events.js';

/** Every event Saksi writes, in its current version: switch on `type` exhaustively. */
export type SaksiEvent =
  | ProgrammeCreated
  | VillageAllocationSet
  | BeneficiaryEvent
  | PaymentEvent
  | TrainingEvent
  | GrievanceEvent
  | FindingRecorded
  | EventCorrected
  | PersonalDataDisclosed
  | PersonalDataErased
  | AlertEvent;

export type SaksiEventType = SaksiEvent['type'];
