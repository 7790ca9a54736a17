import type {
  BeneficiaryApproved,
  BeneficiaryDeceased,
  BeneficiaryExited,
  BeneficiaryRegistered,
  BeneficiaryRejected,
  BeneficiaryReinstated,
  BeneficiarySuspended,
  BeneficiaryVerified,
  PaymentDue,
  PaymentFailed,
  PaymentPaid,
  PaymentReversed,
} from '@saksi/events';

/** Decisions made in Saksi: refused when the KPM's lifecycle does not allow them. */
export type KpmDecision =
  | { kind: 'register'; data: BeneficiaryRegistered['data'] }
  | { kind: 'verify'; data: BeneficiaryVerified['data'] }
  | { kind: 'approve'; data: BeneficiaryApproved['data'] }
  | { kind: 'reject'; data: BeneficiaryRejected['data'] }
  | { kind: 'suspend'; data: BeneficiarySuspended['data'] }
  | { kind: 'reinstate'; data: BeneficiaryReinstated['data'] }
  | { kind: 'exit'; data: BeneficiaryExited['data'] };

/** Facts reported from the field: recorded whatever the rules say, unless malformed or repeated. */
export type KpmFact =
  | { kind: 'record-death'; data: BeneficiaryDeceased['data'] }
  | { kind: 'record-payment-due'; data: PaymentDue['data'] }
  | { kind: 'record-payment'; data: PaymentPaid['data'] }
  | { kind: 'record-payment-failure'; data: PaymentFailed['data'] }
  | { kind: 'record-payment-reversal'; data: PaymentReversed['data'] };

export type KpmCommand = KpmDecision | KpmFact;
