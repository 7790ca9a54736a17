import { z } from 'zod';
import { defineEvent, type Event, type Upcaster } from '../event.js';
import {
  calendarDate,
  entityId,
  longText,
  nik,
  sex,
  shortText,
  villageCode,
} from '../shared/fields.schema.js';

export const sourceList = z.enum(['P3KE', 'DTKS', 'REGSOSEK', 'VILLAGE', 'OTHER']);
export const otherAid = z.enum(['PKH', 'BPNT', 'PIP', 'KIS', 'BST', 'OTHER']);

const registeredFields = {
  kpmId: entityId,
  programmeId: entityId,
  villageCode,
  /** Hamlet (dusun) and neighbourhood: what a public notice may show instead of an address. */
  hamlet: shortText.optional(),
  rt: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
  rw: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
  head: z.strictObject({ name: shortText, nik, sex, birthDate: calendarDate }),
  members: z.array(z.strictObject({ sex, birthDate: calendarDate })).max(30),
  /** Household card (Kartu Keluarga) number: personal data, never public. */
  kkNumber: z
    .string()
    .regex(/^\d{16}$/)
    .optional(),
  sourceList,
  /** Why the family was chosen: never public (UU 14/2008 exempts a family's condition). */
  reason: longText.optional(),
};

/** Version 1 knew only PKH among other aid. */
export const beneficiaryRegisteredV1 = defineEvent(
  'beneficiary.registered',
  1,
  z.strictObject({ ...registeredFields, receivesPkh: z.boolean() }),
);

/** Version 2 lists every other aid programme, because BLT paid on top of any of them is a finding. */
export const beneficiaryRegistered = defineEvent(
  'beneficiary.registered',
  2,
  z.strictObject({ ...registeredFields, otherAid: z.array(otherAid).max(10) }),
);

export const beneficiaryRegisteredV1ToV2: Upcaster = {
  type: 'beneficiary.registered',
  fromVersion: 1,
  upcast(data) {
    const { receivesPkh, ...rest } = data as z.infer<typeof beneficiaryRegisteredV1.schema>;
    return { ...rest, otherAid: receivesPkh ? ['PKH'] : [] };
  },
};

const kpm = { kpmId: entityId };

export const beneficiaryVerified = defineEvent(
  'beneficiary.verified',
  1,
  z.strictObject({ ...kpm, note: shortText.optional() }),
);

/** Approved by the village deliberation (Musdes/Musdesus); a missing reference is flagged, not refused. */
export const beneficiaryApproved = defineEvent(
  'beneficiary.approved',
  1,
  z.strictObject({ ...kpm, musdesRef: shortText.optional(), musdesDate: calendarDate.optional() }),
);
export const beneficiaryRejected = defineEvent(
  'beneficiary.rejected',
  1,
  z.strictObject({ ...kpm, reason: shortText }),
);
export const beneficiarySuspended = defineEvent(
  'beneficiary.suspended',
  1,
  z.strictObject({ ...kpm, reason: shortText }),
);
export const beneficiaryReinstated = defineEvent(
  'beneficiary.reinstated',
  1,
  z.strictObject({ ...kpm, reason: shortText.optional() }),
);
export const beneficiaryExited = defineEvent(
  'beneficiary.exited',
  1,
  z.strictObject({ ...kpm, reason: shortText }),
);
export const beneficiaryDeceased = defineEvent(
  'beneficiary.deceased',
  1,
  z.strictObject({ ...kpm, dateOfDeath: calendarDate, evidenceRef: shortText.optional() }),
);

type Data<D extends { schema: z.ZodType }> = z.infer<D['schema']>;
export type BeneficiaryRegistered = Event<'beneficiary.registered', Data<typeof beneficiaryRegistered>>;
export type BeneficiaryVerified = Event<'beneficiary.verified', Data<typeof beneficiaryVerified>>;
export type BeneficiaryApproved = Event<'beneficiary.approved', Data<typeof beneficiaryApproved>>;
export type BeneficiaryRejected = Event<'beneficiary.rejected', Data<typeof beneficiaryRejected>>;
export type BeneficiarySuspended = Event<'beneficiary.suspended', Data<typeof beneficiarySuspended>>;
export type BeneficiaryReinstated = Event<'beneficiary.reinstated', Data<typeof beneficiaryReinstated>>;
export type BeneficiaryExited = Event<'beneficiary.exited', Data<typeof beneficiaryExited>>;
export type BeneficiaryDeceased = Event<'beneficiary.deceased', Data<typeof beneficiaryDeceased>>;
export type BeneficiaryEvent =
  | BeneficiaryRegistered
  | BeneficiaryVerified
  | BeneficiaryApproved
  | BeneficiaryRejected
  | BeneficiarySuspended
  | BeneficiaryReinstated
  | BeneficiaryExited
  | BeneficiaryDeceased;
