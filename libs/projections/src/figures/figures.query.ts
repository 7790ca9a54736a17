import type { EntityManager } from 'typeorm';
import { areaLevel } from './area-scope.js';
import {
  attendanceInScope,
  GRIEVANCES_IN_SCOPE,
  KPM,
  KPM_IN_SCOPE,
  paymentsInScope,
  SESSIONS_IN_SCOPE,
} from './figure-conditions.js';
import { figureParameters, withParameters } from './figure-parameters.js';
import type { Counts, ProgrammeFigures } from './programme-figures.js';
import type { Period } from './period.js';
import { inArea } from './area-scope.js';

type Row = Record<string, string | number | null>;

/** A programme's figures for an area and a period, from the read models `manager` sees. */
export async function queryFigures(
  manager: EntityManager,
  area: string,
  programmeId: string,
  period: Period,
  asOfPosition: number,
): Promise<ProgrammeFigures> {
  const level = areaLevel(area);
  const parameters = figureParameters(area, programmeId, period);
  const one = async (sql: string): Promise<Row> =>
    (await manager.query<Row[]>(withParameters(sql), parameters))[0] ?? {};
  const endYear = Number(period.to.slice(0, 4));

  const funds = await one(`select count(*) as villages, coalesce(sum(dana_desa), 0) as dana_desa,
      coalesce(sum(allocation), 0) as allocation
    from village_allocation_view v where ${inArea('v.village_code', 1)} and v.programme_id = $2`);
  const kpmRows = await manager.query<Row[]>(
    withParameters(`select k.head_sex as sex,
        case when k.head_birth_year is null then 'unknown'
             when ${endYear} - k.head_birth_year <= 30 then 'youth'
             when ${endYear} - k.head_birth_year >= 60 then 'elderly' else 'adult' end as age_group,
        count(*) filter (where ${KPM.registered}) as registered,
        count(*) filter (where ${KPM.approved}) as approved,
        count(*) filter (where ${KPM.active}) as active,
        count(*) filter (where ${KPM.exited}) as exited
      ${KPM_IN_SCOPE} group by 1, 2`),
    parameters,
  );
  const payments = await one(`select
      coalesce(sum(p.amount) filter (where p.kind = 'due'), 0) as due,
      coalesce(sum(p.amount) filter (where p.kind = 'paid'), 0) as paid,
      count(*) filter (where p.kind = 'paid') as paid_count,
      count(*) filter (where p.kind = 'failed') as failed_count,
      coalesce(sum(p.amount) filter (where p.kind = 'reversed'), 0) as reversed,
      count(*) filter (where p.kind = 'paid' and p.late) as late,
      coalesce(sum(due.amount) filter (where p.kind = 'failed'), 0) as failed
    ${paymentsInScope(`left join lateral (select d.amount from payment_event_view d
        where d.payment_id = p.payment_id and d.kind = 'due' order by d.position limit 1) due on true`)}`);
  const sessions = await one(`select count(*) as held ${SESSIONS_IN_SCOPE} and s.held
    and s.starts_at >= $6 and s.starts_at < $7`);
  const attendance = await one(`select count(*) as attendance,
      count(*) filter (where a.sex = 'F') as attendance_f,
      count(*) filter (where a.sex = 'M') as attendance_m,
      count(distinct a.kpm_id) filter (where k.kpm_id is not null) as kpm_trained,
      count(distinct a.kpm_id) filter (where k.kpm_id is not null and a.sex = 'F') as kpm_trained_f,
      count(distinct a.kpm_id) filter (where k.kpm_id is not null and a.sex = 'M') as kpm_trained_m
    ${attendanceInScope(`left join kpm_view k on k.kpm_id = a.kpm_id and ${KPM.active}`)}`);
  const grievances = await one(`select count(*) as filed,
      count(*) filter (where g.answered_at is not null) as answered,
      percentile_cont(0.5) within group (order by extract(epoch from g.answered_at - g.filed_at) / 86400)
        filter (where g.answered_at is not null) as median_days
    ${GRIEVANCES_IN_SCOPE}`);

  const kpm = summarise(kpmRows);
  const danaDesa = Number(funds['dana_desa']);
  const allocation = Number(funds['allocation']);
  const kpmTrained = Number(attendance['kpm_trained']);
  return {
    area: { code: area, level },
    programmeId,
    period,
    funds: {
      villages: Number(funds['villages']),
      danaDesa,
      allocation,
      allocationShare: danaDesa > 0 ? round(allocation / danaDesa) : null,
    },
    kpm,
    payments: {
      due: Number(payments['due']),
      paid: Number(payments['paid']),
      paidCount: Number(payments['paid_count']),
      failed: Number(payments['failed']),
      failedCount: Number(payments['failed_count']),
      reversed: Number(payments['reversed']),
      late: Number(payments['late']),
    },
    training: {
      sessionsHeld: Number(sessions['held']),
      attendance: Number(attendance['attendance']),
      attendanceBySex: { F: Number(attendance['attendance_f']), M: Number(attendance['attendance_m']) },
      kpmTrained,
      kpmTrainedShare: kpm.active > 0 ? round(kpmTrained / kpm.active) : null,
      kpmTrainedBySex: { F: Number(attendance['kpm_trained_f']), M: Number(attendance['kpm_trained_m']) },
    },
    grievances: {
      filed: Number(grievances['filed']),
      answered: Number(grievances['answered']),
      medianDaysToAnswer:
        grievances['median_days'] === null ? null : Math.round(Number(grievances['median_days']) * 10) / 10,
    },
    asOf: { position: asOfPosition },
  };
}

function round(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}

const zero = (): Counts => ({ registered: 0, approved: 0, active: 0, exited: 0 });

function summarise(rows: Row[]): ProgrammeFigures['kpm'] {
  const total = zero();
  const bySex = { F: zero(), M: zero() };
  const byAgeGroup = { youth: zero(), adult: zero(), elderly: zero(), unknown: zero() };
  for (const row of rows) {
    for (const key of ['registered', 'approved', 'active', 'exited'] as const) {
      const count = Number(row[key]);
      total[key] += count;
      bySex[row['sex'] as 'F' | 'M'][key] += count;
      byAgeGroup[row['age_group'] as keyof typeof byAgeGroup][key] += count;
    }
  }
  return { ...total, bySex, byAgeGroup };
}
