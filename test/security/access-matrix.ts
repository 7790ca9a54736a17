import { PORTAL_CSS_PATH } from '@saksi/portal';
import type { MatrixRole } from './support/authz-app.js';
import type { SampleRequest } from './support/authz-http.js';
import { type MatrixFixtures, registration, type RoleFixtures, session } from './support/village-a-seed.js';

/**
 * The authorisation matrix: every route the embedded default serves (method and path exactly as
 * Express registered them), who may call it, and a real request about village A's data. The spec
 * (access-matrix.e2e-spec.ts) reads the routes from the running app, not from here, so a route
 * added without a row, or a row for a route that is gone, fails it.
 *
 * What "denied" means depends on where the route lives:
 * - `api` (the JSON API): 401 ACCESS.UNAUTHENTICATED to a citizen, 403 ACCESS.FORBIDDEN to a role
 *   that may not call it, and 403 ACCESS.VILLAGE_FORBIDDEN to village B's operator where village A's
 *   operator may; always an application/problem+json document. Village scoping answers 403, not
 *   404: the record exists, the operator may know that (its id is no secret among staff), and the
 *   answer tells them whom to ask ("you are not assigned to village A; ask an administrator").
 * - `page` (the portal's signed-in area): a GET without a session (a citizen, or an operator, who
 *   cannot sign in) is redirected 303 to `/masuk?lanjut=<the page>`; a POST without one is a 401
 *   page; a signed-in role the page is not for gets a 403 page.
 * - `open` (public pages, public API, /health, /metrics, the OpenAPI documents): nobody is refused.
 */
export type Surface = 'api' | 'page' | 'open';

/** A refusal other than the surface's own, for routes whose answer to some role is special. */
export type Refusal =
  | { kind: 'problem'; status: 401 | 403; code: string }
  | { kind: 'login' }
  | { kind: 'page'; status: 401 | 403 }
  /** A CSV import refuses the whole file, naming each row's village the operator may not record for. */
  | { kind: 'import-rows'; rowCode: 'ACCESS.VILLAGE_FORBIDDEN' };

export interface SampleContext {
  role: MatrixRole;
  fx: MatrixFixtures;
  own: RoleFixtures;
  /** The role's access key (undefined for a citizen), for the login form. */
  key: string | undefined;
  /** The CSRF token of the role's portal session (empty for a citizen). */
  csrf: string;
  /** A freshly signed token for one of the portal's forms (`login`, `grievance`). */
  formToken: (purpose: string) => string;
}

export interface MatrixCase {
  /** What the request concerns, for failure messages. */
  label: string;
  allow: readonly MatrixRole[];
  /**
   * Let in, but answered nothing of village A: the operator of village B reading pseudonymous
   * tables gets only the rows of their own villages (here none of the ones asked for).
   */
  hidesVillageA?: readonly MatrixRole[];
  /** The status an allowed request gets when it is not a 2xx or 3xx, and why: none unless said. */
  answers?: { status: number; because: string };
  refusals?: Partial<Record<MatrixRole, Refusal>>;
  request(context: SampleContext): SampleRequest;
}

export interface MatrixRoute {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  surface: Surface;
  cases: MatrixCase[];
}

const EVERYONE: readonly MatrixRole[] = ['citizen', 'operatorA', 'operatorB', 'forum', 'inspector', 'admin'];
/** Who records programme actions for village A. */
const WRITERS: readonly MatrixRole[] = ['operatorA', 'admin'];
/** Who audits village A's pseudonymous records (FORUM_TIER): forums, inspectors, admins, its operator. */
const AUDITORS: readonly MatrixRole[] = ['operatorA', 'forum', 'inspector', 'admin'];
/** Who may sign in to the portal and record findings. */
const OVERSIGHT: readonly MatrixRole[] = ['forum', 'inspector', 'admin'];
const INSPECTORS: readonly MatrixRole[] = ['inspector', 'admin'];
const ADMIN: readonly MatrixRole[] = ['admin'];

type Sample = (context: SampleContext) => SampleRequest;

function route(
  method: MatrixRoute['method'],
  path: string,
  surface: Surface,
  allow: readonly MatrixRole[],
  request: Sample,
  extra: Partial<MatrixCase> = {},
): MatrixRoute {
  return { method, path, surface, cases: [{ label: path, allow, request, ...extra }] };
}

const kpmPath = (kpmId: string, rest: string) => `/api/v1/beneficiaries/${kpmId}/${rest}`;
const scope = ({ fx }: SampleContext) => `programme=${fx.programmeId}&area=${fx.villageA}&period=2024`;
const PUBLIC_PAGE = EVERYONE;

/** The JSON API: the ledger's writes, the read side, alert delivery's administration, /health, /metrics. */
const API: MatrixRoute[] = [
  route('POST', '/api/v1/programmes', 'api', ADMIN, ({ own }) => ({
    path: '/api/v1/programmes',
    json: {
      programmeId: `m-${own.tag}-programme`,
      kind: 'PKH',
      name: 'PKH 2024',
      year: 2024,
      rules: {
        monthlyAmount: 250_000,
        allocationShareMin: null,
        allocationShareMax: null,
        maxMonthsPerYear: 12,
        requiresP3ke: false,
        excludesPkh: false,
        minWomenTrainingShare: null,
      },
    },
  })),
  route('POST', '/api/v1/programmes/:programmeId/allocations', 'api', WRITERS, ({ fx }) => ({
    path: `/api/v1/programmes/${fx.programmeId}/allocations`,
    json: { villageCode: fx.villageA, year: 2024, danaDesa: 1_000_000_000, allocation: 210_000_000 },
  })),
  route('POST', '/api/v1/beneficiaries', 'api', WRITERS, ({ own, fx, role }) => ({
    path: '/api/v1/beneficiaries',
    json: registration(`m-${own.tag}-new`, fx.villageA, 9000 + EVERYONE.indexOf(role)),
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/death', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.death, 'death'),
    json: { dateOfDeath: '2024-05-01' },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/verification', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.verify, 'verification'),
    json: { note: 'Sesuai data P3KE' },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/approval', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.approve, 'approval'),
    json: { musdesRef: 'BA-MUSDES/02/2024', musdesDate: '2024-02-10' },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/rejection', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.reject, 'rejection'),
    json: { reason: 'Tidak memenuhi syarat' },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/suspension', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.suspend, 'suspension'),
    json: { reason: 'Verifikasi ulang' },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/reinstatement', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.reinstate, 'reinstatement'),
    json: { reason: 'Data sudah benar' },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/exit', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.exit, 'exit'),
    json: { reason: 'Pindah domisili' },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/payments-due', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.facts, 'payments-due'),
    json: { paymentId: `m-${own.tag}-due`, period: '2024-03', amount: 300_000 },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/payments', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.facts, 'payments'),
    json: {
      paymentId: `m-${own.tag}-p2`,
      period: '2024-02',
      amount: 300_000,
      channel: 'bank',
      reference: `TRF-${own.tag}-02`,
      paidOn: '2024-02-20',
    },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/payments/:paymentId/failure', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.facts, `payments/m-${own.tag}-failed/failure`),
    json: { period: '2024-04', reason: 'Rekening ditutup' },
  })),
  route('POST', '/api/v1/beneficiaries/:kpmId/payments/:paymentId/reversal', 'api', WRITERS, ({ own }) => ({
    path: kpmPath(own.kpm.facts, `payments/${own.paid.paymentId}/reversal`),
    json: { period: own.paid.period, amount: 300_000, reason: 'Dibayar ganda' },
  })),
  route('POST', '/api/v1/training-sessions', 'api', WRITERS, ({ own }) => ({
    path: '/api/v1/training-sessions',
    json: session(`m-${own.tag}-s-new`),
  })),
  route('POST', '/api/v1/training-sessions/:sessionId/held', 'api', WRITERS, ({ own }) => ({
    path: `/api/v1/training-sessions/${own.sessions.hold}/held`,
    json: { note: 'Hadir 15 orang' },
  })),
  route('POST', '/api/v1/training-sessions/:sessionId/attendance', 'api', WRITERS, ({ own }) => ({
    path: `/api/v1/training-sessions/${own.sessions.attend}/attendance`,
    json: {
      kpmId: own.kpm.facts,
      participant: { sex: 'M', birthDate: '1950-05-17' },
      attendedAt: '2024-03-01T02:10:00Z',
    },
  })),
  route('POST', '/api/v1/grievances', 'api', EVERYONE, ({ fx }) => ({
    path: '/api/v1/grievances',
    json: {
      villageCode: fx.villageA,
      programmeId: fx.programmeId,
      category: 'service',
      text: 'Antrean pencairan terlalu lama.',
    },
  })),
  route(
    'POST',
    '/api/v1/grievances/:grievanceId/answer',
    'api',
    ['operatorA', 'inspector', 'admin'],
    ({ own }) => ({
      path: `/api/v1/grievances/${own.grievanceId}/answer`,
      json: { answer: 'Sudah dibayar tanggal 25.' },
    }),
  ),
  route('POST', '/api/v1/findings', 'api', OVERSIGHT, ({ own, fx }) => ({
    path: '/api/v1/findings',
    json: {
      findingId: `m-${own.tag}-finding`,
      forum: 'BPD',
      forumName: 'BPD Desa A',
      villageCode: fx.villageA,
      programmeId: fx.programmeId,
      summary: 'Dua keluarga dibayar tanpa persetujuan Musdes.',
      evidenceRefs: [],
      relatedEventIds: [],
    },
  })),
  route('POST', '/api/v1/corrections', 'api', WRITERS, ({ own }) => ({
    path: '/api/v1/corrections',
    json: {
      correctsEventId: own.correctionTarget,
      reason: 'Salah ketik dusun',
      fields: { hamlet: 'Dusun II' },
    },
  })),
  route(
    'POST',
    '/api/v1/imports/:kind',
    'api',
    WRITERS,
    ({ own, fx, role }) => ({
      path: '/api/v1/imports/beneficiaries',
      csv:
        'programme_id,village_code,kpm_id,head_name,head_nik,head_sex,head_birth_date,source_list\n' +
        `${fx.programmeId},${fx.villageA},m-${own.tag}-csv,Kepala CSV,110101170550${8000 + EVERYONE.indexOf(role)},M,1950-05-17,P3KE\n`,
    }),
    { refusals: { operatorB: { kind: 'import-rows', rowCode: 'ACCESS.VILLAGE_FORBIDDEN' } } },
  ),
  route('GET', '/api/v1/alerts', 'api', INSPECTORS, ({ fx }) => ({
    path: `/api/v1/alerts?region=${fx.villageA}`,
  })),
  route('GET', '/api/v1/alerts/:alertId', 'api', INSPECTORS, ({ fx }) => ({
    path: `/api/v1/alerts/${fx.read.alert}`,
  })),
  route('POST', '/api/v1/alerts/:alertId/acknowledge', 'api', INSPECTORS, ({ own }) => ({
    path: `/api/v1/alerts/${own.alerts.acknowledge}/acknowledge`,
    json: { note: 'Diperiksa minggu ini' },
  })),
  route('POST', '/api/v1/alerts/:alertId/dismiss', 'api', INSPECTORS, ({ own }) => ({
    path: `/api/v1/alerts/${own.alerts.dismiss}/dismiss`,
    json: { reason: 'Persetujuan Musdes menyusul' },
  })),
  route('POST', '/api/v1/alerts/:alertId/escalate', 'api', INSPECTORS, ({ own }) => ({
    path: `/api/v1/alerts/${own.alerts.escalate}/escalate`,
    json: { level: 1, reason: 'Perlu inspektorat kabupaten' },
  })),
  route('POST', '/api/v1/alerts/:alertId/resolve', 'api', INSPECTORS, ({ own }) => ({
    path: `/api/v1/alerts/${own.alerts.resolve}/resolve`,
    json: { resolution: 'Dana dikembalikan ke kas desa.' },
  })),
  route('GET', '/api/v1/figures', 'open', EVERYONE, (context) => ({
    path: `/api/v1/figures?${scope(context)}`,
  })),
  route('GET', '/api/v1/figures/areas', 'open', EVERYONE, ({ fx }) => ({
    path: `/api/v1/figures/areas?parent=11.01.01&programme=${fx.programmeId}&period=2024`,
  })),
  route('GET', '/api/v1/figures/provenance', 'open', EVERYONE, (context) => ({
    path: `/api/v1/figures/provenance?${scope(context)}&figure=payments.paid`,
  })),
  {
    method: 'GET',
    path: '/api/v1/read-models/:name',
    surface: 'api',
    cases: [
      {
        label: 'a public read model (programmes)',
        allow: EVERYONE,
        request: () => ({ path: '/api/v1/read-models/programmes' }),
      },
      {
        label: "village A's families (kpm, pseudonymous)",
        allow: AUDITORS,
        hidesVillageA: ['operatorB'],
        request: ({ fx }) => ({
          path: `/api/v1/read-models/kpm?programme=${fx.programmeId}&area=${fx.villageA}`,
        }),
      },
    ],
  },
  route('GET', '/api/v1/history/kpm/:kpmId', 'api', AUDITORS, ({ fx }) => ({
    path: `/api/v1/history/kpm/${fx.read.kpm}`,
  })),
  route('GET', '/api/v1/history/villages/:code', 'api', AUDITORS, ({ fx }) => ({
    path: `/api/v1/history/villages/${fx.villageA}?programme=${fx.programmeId}`,
  })),
  route('GET', '/api/v1/history/training/:sessionId', 'api', AUDITORS, ({ fx }) => ({
    path: `/api/v1/history/training/${fx.read.session}`,
  })),
  route('GET', '/api/v1/kpm/:kpmId/personal-data', 'api', ['operatorA', 'inspector', 'admin'], ({ fx }) => ({
    path: `/api/v1/kpm/${fx.read.kpm}/personal-data?purpose=${encodeURIComponent('Pemeriksaan aduan')}`,
  })),
  route('GET', '/api/v1/reports/villages/:code', 'open', EVERYONE, ({ fx }) => ({
    path: `/api/v1/reports/villages/${fx.villageA}?programme=${fx.programmeId}&period=2024`,
  })),
  route('POST', '/api/v1/kpm/:kpmId/erasure', 'api', ADMIN, ({ own }) => ({
    path: `/api/v1/kpm/${own.kpm.erase}/erasure`,
    json: { reason: 'Permintaan keluarga (UU 27/2022)' },
  })),
  route('GET', '/api/v1/projections', 'api', INSPECTORS, () => ({ path: '/api/v1/projections' })),
  route('POST', '/api/v1/projections/:name/replay', 'api', ADMIN, () => ({
    path: '/api/v1/projections/grievances/replay',
  })),
  route('POST', '/api/v1/alert-subscriptions', 'api', ADMIN, ({ own, fx }) => ({
    path: '/api/v1/alert-subscriptions',
    json: {
      name: `Inspektorat ${own.tag}`,
      region: fx.villageA,
      email: `inspektorat-${own.tag}@example.org`,
    },
  })),
  route('GET', '/api/v1/alert-subscriptions', 'api', ADMIN, () => ({ path: '/api/v1/alert-subscriptions' })),
  route('DELETE', '/api/v1/alert-subscriptions/:id', 'api', ADMIN, ({ fx }) => ({
    path: `/api/v1/alert-subscriptions/${fx.subscriptionToDelete}`,
  })),
  route('GET', '/api/v1/alert-deliveries/dead-letters', 'api', ADMIN, () => ({
    path: '/api/v1/alert-deliveries/dead-letters',
  })),
  route('POST', '/api/v1/alert-deliveries/dead-letters/:id/replay', 'api', ADMIN, ({ fx }) => ({
    path: `/api/v1/alert-deliveries/dead-letters/${encodeURIComponent(fx.deadLetterId)}/replay`,
  })),
  route('GET', '/health', 'open', EVERYONE, () => ({ path: '/health' })),
  route('GET', '/metrics', 'open', EVERYONE, () => ({ path: '/metrics' })),
];

/** The OpenAPI document and its viewer, served by @nestjs/swagger outside the guard: for everyone. */
const DOCS: MatrixRoute[] = [
  ...[
    '/api/docs',
    '/api/docs/',
    '/api/docs/index.html',
    '/api/docs/swagger-ui-init.js',
    '/api/docs/docs/swagger-ui-init.js',
    '/api/docs-json',
  ].map((path) => route('GET', path, 'open', EVERYONE, () => ({ path }))),
  route('GET', '/api/docs/LICENSE', 'open', EVERYONE, () => ({ path: '/api/docs/LICENSE' }), {
    answers: {
      status: 404,
      because: '@nestjs/swagger registers it only to answer 404, so the static viewer files do not serve it',
    },
  }),
];

/** The portal: public pages and forms, the login, and the signed-in oversight area. */
const PORTAL: MatrixRoute[] = [
  route('GET', '/aset/:file', 'open', PUBLIC_PAGE, () => ({ path: PORTAL_CSS_PATH })),
  route('GET', '/', 'open', PUBLIC_PAGE, () => ({ path: '/' })),
  route('GET', '/wilayah/:code', 'open', PUBLIC_PAGE, ({ fx }) => ({
    path: `/wilayah/11.01.01?program=${fx.programmeId}&periode=2024`,
  })),
  route('GET', '/desa/:code', 'open', PUBLIC_PAGE, ({ fx }) => ({
    path: `/desa/${fx.villageA}?program=${fx.programmeId}&periode=2024`,
  })),
  route('GET', '/desa/:code/penerima', 'open', PUBLIC_PAGE, ({ fx }) => ({
    path: `/desa/${fx.villageA}/penerima?program=${fx.programmeId}&periode=2024`,
  })),
  route('GET', '/asal-usul', 'open', PUBLIC_PAGE, ({ fx }) => ({
    path: `/asal-usul?wilayah=${fx.villageA}&program=${fx.programmeId}&periode=2024&angka=payments.paid`,
  })),
  route('GET', '/cari', 'open', PUBLIC_PAGE, () => ({ path: '/cari?q=Bakongan' })),
  route('GET', '/aduan', 'open', PUBLIC_PAGE, ({ fx }) => ({ path: `/aduan?desa=${fx.villageA}` })),
  route('POST', '/aduan', 'open', PUBLIC_PAGE, ({ fx, formToken }) => ({
    path: '/aduan',
    form: {
      t: formToken('grievance'),
      desa: fx.villageA,
      program: fx.programmeId,
      kategori: 'payment',
      isi: 'Bantuan bulan Maret belum diterima.',
      kontak: '',
      situs: '',
    },
  })),
  route('GET', '/aduan/lacak', 'open', PUBLIC_PAGE, ({ fx }) => ({
    path: `/aduan/lacak?kode=${fx.read.trackingCode}`,
  })),
  route('GET', '/aduan/:code', 'open', PUBLIC_PAGE, ({ fx }) => ({ path: `/aduan/${fx.read.trackingCode}` })),
  route('GET', '/masuk', 'open', PUBLIC_PAGE, () => ({ path: '/masuk' })),
  // The login is open to all; what it decides is who gets a session: no key, or an operator's, does not.
  route(
    'POST',
    '/masuk',
    'page',
    OVERSIGHT,
    ({ key, formToken }) => ({
      path: '/masuk',
      form: { t: formToken('login'), lanjut: '/pengawasan', kunci: key ?? '' },
    }),
    {
      refusals: {
        citizen: { kind: 'page', status: 401 },
        operatorA: { kind: 'page', status: 403 },
        operatorB: { kind: 'page', status: 403 },
      },
    },
  ),
  route('POST', '/keluar', 'open', PUBLIC_PAGE, ({ csrf }) => ({ path: '/keluar', form: { _csrf: csrf } })),
  route('GET', '/pengawasan', 'page', OVERSIGHT, () => ({ path: '/pengawasan' })),
  route('GET', '/pengawasan/desa', 'page', OVERSIGHT, ({ fx }) => ({
    path: `/pengawasan/desa?desa=${fx.villageA}`,
  })),
  route('GET', '/pengawasan/desa/:code', 'page', OVERSIGHT, ({ fx }) => ({
    path: `/pengawasan/desa/${fx.villageA}?program=${fx.programmeId}`,
  })),
  route('POST', '/pengawasan/desa/:code/temuan', 'page', OVERSIGHT, ({ fx, csrf, own }) => ({
    path: `/pengawasan/desa/${fx.villageA}/temuan`,
    form: {
      _csrf: csrf,
      program: fx.programmeId,
      forum: 'BPD',
      namaForum: `BPD Desa A (${own.tag})`,
      ringkasan: 'Pembayaran Februari tidak tercatat di papan pengumuman.',
    },
  })),
  route('GET', '/pengawasan/temuan', 'page', OVERSIGHT, ({ fx }) => ({
    path: `/pengawasan/temuan?wilayah=${fx.villageA}`,
  })),
  route('GET', '/pengawasan/peringatan', 'page', INSPECTORS, ({ fx }) => ({
    path: `/pengawasan/peringatan?wilayah=${fx.villageA}`,
  })),
  route('GET', '/pengawasan/peringatan/:id', 'page', INSPECTORS, ({ fx }) => ({
    path: `/pengawasan/peringatan/${fx.read.alert}`,
  })),
  route('POST', '/pengawasan/peringatan/:id/:action', 'page', INSPECTORS, ({ own, csrf }) => ({
    path: `/pengawasan/peringatan/${own.alerts.portal}/acknowledge`,
    form: { _csrf: csrf, catatan: 'Diterima' },
  })),
];

export const ACCESS_MATRIX: readonly MatrixRoute[] = [...API, ...DOCS, ...PORTAL];

export const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;
