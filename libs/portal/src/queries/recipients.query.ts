import type { DataSource } from 'typeorm';

export interface RecipientPayment {
  period: string;
  kind: 'paid' | 'reversed';
  amount: number;
}

/**
 * One family as a village notice board lists it: initials, where in the village, status, the
 * Musdes decision and what was paid. Never the NIK, its token or the masked NIK: those are for forums.
 */
export interface PublicRecipient {
  initials: string | null;
  hamlet: string | null;
  rt: string | null;
  rw: string | null;
  status: string;
  musdesRef: string | null;
  approvedOn: string | null;
  payments: RecipientPayment[];
}

/** The families the village deliberation approved, with the money paid to each, in the order of the notice board. */
export async function publicRecipients(
  dataSource: DataSource,
  village: string,
  programmeId: string,
  months: readonly string[],
): Promise<PublicRecipient[]> {
  const rows = await dataSource.query<
    {
      head_initials: string | null;
      hamlet: string | null;
      rt: string | null;
      rw: string | null;
      status: string;
      musdes_ref: string | null;
      approved_on: string | null;
      payments: RecipientPayment[];
    }[]
  >(
    `select k.head_initials, k.hamlet, k.rt, k.rw, k.status, k.musdes_ref, k.approved_on::text as approved_on,
       coalesce((select jsonb_agg(jsonb_build_object('period', p.period, 'kind', p.kind, 'amount', p.amount)
                   order by p.period, p.position)
                 from payment_event_view p
                 where p.kpm_id = k.kpm_id and p.kind in ('paid', 'reversed') and p.period = any($3)), '[]') as payments
     from kpm_view k
     where k.village_code = $1 and k.programme_id = $2 and k.approved_on is not null
     order by k.hamlet nulls last, k.rw nulls last, k.rt nulls last, k.head_initials, k.kpm_id
     limit 2000`,
    [village, programmeId, months],
  );
  return rows.map((row) => ({
    initials: row.head_initials,
    hamlet: row.hamlet,
    rt: row.rt,
    rw: row.rw,
    status: row.status,
    musdesRef: row.musdes_ref,
    approvedOn: row.approved_on,
    payments: row.payments.map((payment) => ({ ...payment, amount: Number(payment.amount) })),
  }));
}
