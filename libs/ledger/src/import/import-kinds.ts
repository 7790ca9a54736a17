import { assertMayWriteForVillage } from '@saksi/access';
import { attendanceRecorded, beneficiaryApproved, beneficiaryRegistered, paymentPaid } from '@saksi/events';
import {
  type KpmState,
  kpmDecider,
  TrainingError,
  trainingDecider,
  type TrainingState,
} from '@saksi/programme';
import type { z } from 'zod';
import type { CommandContext } from '../command/command-context.js';
import type { CommandService } from '../command/command.service.js';
import { newId } from '../command/new-id.js';
import { streams } from '../command/stream-names.js';
import type { WriteOutcome } from '../command/write-outcome.js';
import { authoriseForKpm } from '../http/kpm-access.js';
import type { IdentifierChecker } from '../http/identifier-checks.js';

type Csv = Record<string, string>;

/**
 * One documented CSV layout. A row becomes exactly the data the matching API route takes, is
 * validated by the same schema and checks, and goes through the same CommandService.
 */
export interface ImportKind<Data = unknown> {
  name: string;
  required: string[];
  optional: string[];
  schema: z.ZodType<Data>;
  toData(row: Csv): unknown;
  check(checker: IdentifierChecker, data: Data): void;
  execute(
    commands: CommandService,
    data: Data,
    context: CommandContext,
    rowKey: string,
  ): Promise<WriteOutcome>;
}

const text = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value.trim();
const list = (value: string | undefined) => (text(value) ? value!.split('|').map((item) => item.trim()) : []);
const whole = (value: string | undefined) =>
  text(value) && /^-?\d+$/.test(value!.trim()) ? Number(value) : text(value);

const registration = beneficiaryRegistered.schema;
const beneficiaries: ImportKind<z.infer<typeof registration>> = {
  name: 'beneficiaries',
  required: [
    'programme_id',
    'village_code',
    'head_name',
    'head_nik',
    'head_sex',
    'head_birth_date',
    'source_list',
  ],
  optional: ['kpm_id', 'hamlet', 'rt', 'rw', 'members', 'kk_number', 'other_aid', 'reason'],
  schema: registration.extend({ kpmId: registration.shape.kpmId.optional() }) as unknown as z.ZodType<
    z.infer<typeof registration>
  >,
  toData: (row) => ({
    kpmId: text(row['kpm_id']),
    programmeId: text(row['programme_id']),
    villageCode: text(row['village_code']),
    hamlet: text(row['hamlet']),
    rt: text(row['rt']),
    rw: text(row['rw']),
    head: {
      name: text(row['head_name']),
      nik: text(row['head_nik']),
      sex: text(row['head_sex']),
      birthDate: text(row['head_birth_date']),
    },
    // "F:2010-05-01|M:2013-02-11": one member per item, sex and birth date.
    members: list(row['members']).map((member) => {
      const [sex, birthDate] = member.split(':');
      return { sex, birthDate };
    }),
    kkNumber: text(row['kk_number']),
    sourceList: text(row['source_list']),
    otherAid: list(row['other_aid']),
    reason: text(row['reason']),
  }),
  check(checker, data) {
    checker
      .village('village_code', data.villageCode)
      .nik('head_nik', data.head.nik, data.head)
      .birthDate('head_birth_date', data.head.birthDate);
    data.members.forEach((member) => checker.birthDate('members', member.birthDate));
  },
  execute(commands, data, context, rowKey) {
    assertMayWriteForVillage(context.actor, data.villageCode);
    const kpmId = data.kpmId ?? newId('kpm', rowKey, 'import');
    return commands.execute(
      streams.kpm(kpmId),
      kpmDecider,
      { kind: 'register', data: { ...data, kpmId } },
      context,
    );
  },
};

const approval = beneficiaryApproved.schema;
const approvals: ImportKind<z.infer<typeof approval>> = {
  name: 'approvals',
  required: ['kpm_id'],
  optional: ['musdes_ref', 'musdes_date'],
  schema: approval,
  toData: (row) => ({
    kpmId: text(row['kpm_id']),
    musdesRef: text(row['musdes_ref']),
    musdesDate: text(row['musdes_date']),
  }),
  check: (checker, data) => void checker.fieldDate('musdes_date', data.musdesDate),
  execute: (commands, data, context) =>
    commands.execute(
      streams.kpm(data.kpmId),
      kpmDecider,
      { kind: 'approve', data },
      context,
      (state: KpmState) => authoriseForKpm(context.actor, data.kpmId, state),
    ),
};

const paid = paymentPaid.schema;
const payments: ImportKind<z.infer<typeof paid>> = {
  name: 'payments',
  required: ['kpm_id', 'period', 'amount', 'channel', 'reference', 'paid_on'],
  optional: ['payment_id'],
  schema: paid.extend({ paymentId: paid.shape.paymentId.optional() }) as unknown as z.ZodType<
    z.infer<typeof paid>
  >,
  toData: (row) => ({
    kpmId: text(row['kpm_id']),
    paymentId: text(row['payment_id']),
    period: text(row['period']),
    amount: whole(row['amount']),
    channel: text(row['channel']),
    reference: text(row['reference']),
    paidOn: text(row['paid_on']),
  }),
  check: (checker, data) => void checker.fieldDate('paid_on', data.paidOn),
  execute(commands, data, context, rowKey) {
    const paymentId = data.paymentId ?? newId('pay', rowKey, 'import');
    return commands.execute(
      streams.kpm(data.kpmId),
      kpmDecider,
      { kind: 'record-payment', data: { ...data, paymentId } },
      context,
      (state: KpmState) => authoriseForKpm(context.actor, data.kpmId, state),
    );
  },
};

const attended = attendanceRecorded.schema;
const attendance: ImportKind<z.infer<typeof attended>> = {
  name: 'attendance',
  required: ['session_id', 'kpm_id', 'participant_sex', 'attended_at'],
  optional: ['participant_birth_date'],
  schema: attended,
  toData: (row) => ({
    sessionId: text(row['session_id']),
    kpmId: text(row['kpm_id']),
    participant: { sex: text(row['participant_sex']), birthDate: text(row['participant_birth_date']) },
    attendedAt: text(row['attended_at']),
  }),
  check: (checker, data) =>
    void checker
      .fieldDate('attended_at', data.attendedAt)
      .birthDate('participant_birth_date', data.participant.birthDate),
  execute: (commands, data, context) =>
    commands.execute(
      streams.training(data.sessionId),
      trainingDecider,
      { kind: 'record-attendance', data },
      context,
      (state: TrainingState) => {
        if (state.villageCode === undefined) throw TrainingError.notFound(data.sessionId);
        assertMayWriteForVillage(context.actor, state.villageCode);
      },
    ),
};

export const IMPORT_KINDS = { beneficiaries, approvals, payments, attendance } as Record<string, ImportKind>;

/** Which CSV column a field of the data comes from: head.nik is head_nik, kpmId is kpm_id. */
export function columnOf(path: string): string {
  const first = path.split('[')[0]!;
  return first.replace(/\./g, '_').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
