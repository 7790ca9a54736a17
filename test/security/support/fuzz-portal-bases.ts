import { csrfToken, issueFormToken } from '@saksi/portal';
import { A, PROGRAMME } from '@saksi/projections';
import type { BaseFactory } from './fuzz-base-request.js';
import type { FuzzContext, Holder } from './fuzz-context.js';

let served = 0;

/**
 * A form served some seconds ago (older than the grievance form's minimum fill time), each at a
 * moment of its own: the portal derives the ledger's Idempotency-Key from the token.
 */
const servedToken = (context: FuzzContext, purpose: string) => () =>
  issueFormToken(context.formSecret, purpose, Date.now() - 10_000 - (++served % 600_000));

const signedIn = (context: FuzzContext, holder: Holder) => ({
  session: holder,
  form: { _csrf: csrfToken(context.formSecret, context.key(holder)) },
});

/** The portal's forms, as a browser on the page would post them. */
export const PORTAL_BASES: Record<string, BaseFactory> = {
  'POST /aduan': (context) => {
    const token = servedToken(context, 'grievance');
    return {
      params: {},
      body: {
        form: {
          t: token(),
          desa: A,
          program: PROGRAMME,
          kategori: 'payment',
          isi: 'Bantuan belum sampai.',
          kontak: '',
          situs: '',
        },
      },
      tokens: { t: token },
    };
  },
  'POST /masuk': (context) => {
    const token = servedToken(context, 'login');
    return {
      params: {},
      body: { form: { t: token(), lanjut: '/pengawasan', kunci: context.key('forum') } },
      tokens: { t: token },
    };
  },
  'POST /keluar': (context) => {
    const { session, form } = signedIn(context, 'forum');
    return { params: {}, session, body: { form } };
  },
  'POST /pengawasan/desa/:code/temuan': (context) => {
    const { session, form } = signedIn(context, 'forum');
    const fields = {
      forum: 'BPD',
      namaForum: 'BPD Keude',
      ringkasan: 'Pembayaran Februari terlambat.',
      program: PROGRAMME,
    };
    return { params: { code: A }, session, body: { form: { ...form, ...fields } } };
  },
  'POST /pengawasan/peringatan/:id/:action': async (context) => {
    const { session, form } = signedIn(context, 'inspector');
    return {
      params: { id: await context.openAlert(), action: 'acknowledge' },
      session,
      body: { form: { ...form, catatan: 'Sedang dicek di lapangan.' } },
    };
  },
};
