import {
  type Decider,
  findingDecider,
  grievanceDecider,
  kpmDecider,
  programmeDecider,
  trainingDecider,
} from '@saksi/programme';

type Data = Record<string, unknown>;
type AnyDecider = Decider<{ kind: string; data: unknown }, { type: string; data: unknown }, unknown>;

/**
 * How the ledger's API takes one event's command, exactly as its controllers do
 * (libs/ledger/src/http): the path and body a client sends, the route template and request the
 * controller fingerprints for idempotent replays, and the decider command it runs.
 */
export interface ApiRoute {
  path: string;
  /** The route as the controller names it ('POST /beneficiaries/:kpmId/approval'). */
  route: string;
  /** What the controller fingerprints: the body, or the path parameters with it. */
  request: unknown;
  body: Data;
  /** The decider's command; null for a correction, decided on the stream's events. */
  decider: AnyDecider | null;
  command: { kind: string; data: Data };
}

const API = '/api/v1';

const without = (data: Data, ...keys: string[]): Data =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
const only = (data: Data, ...keys: string[]): Data =>
  Object.fromEntries(
    Object.entries(data).filter(([key, value]) => keys.includes(key) && value !== undefined),
  );

/** Commands on one resource, its id in the path: collection, id field, action, decider, command. */
const ON_RESOURCE: Record<string, [string, string, string, AnyDecider, string]> = {
  'beneficiary.verified': ['beneficiaries', 'kpmId', 'verification', kpmDecider, 'verify'],
  'beneficiary.approved': ['beneficiaries', 'kpmId', 'approval', kpmDecider, 'approve'],
  'beneficiary.rejected': ['beneficiaries', 'kpmId', 'rejection', kpmDecider, 'reject'],
  'beneficiary.suspended': ['beneficiaries', 'kpmId', 'suspension', kpmDecider, 'suspend'],
  'beneficiary.reinstated': ['beneficiaries', 'kpmId', 'reinstatement', kpmDecider, 'reinstate'],
  'beneficiary.exited': ['beneficiaries', 'kpmId', 'exit', kpmDecider, 'exit'],
  'beneficiary.deceased': ['beneficiaries', 'kpmId', 'death', kpmDecider, 'record-death'],
  'training.held': ['training-sessions', 'sessionId', 'held', trainingDecider, 'record-training-held'],
  'training.attendance-recorded': [
    'training-sessions',
    'sessionId',
    'attendance',
    trainingDecider,
    'record-attendance',
  ],
  'programme.village-allocation-set': [
    'programmes',
    'programmeId',
    'allocations',
    programmeDecider,
    'set-village-allocation',
  ],
  'grievance.answered': ['grievances', 'grievanceId', 'answer', grievanceDecider, 'answer-grievance'],
};

/** Resources created by POSTing their whole data to a collection: collection, decider, command. */
const CREATED: Record<string, [string, AnyDecider, string]> = {
  'programme.created': ['programmes', programmeDecider, 'create-programme'],
  'beneficiary.registered': ['beneficiaries', kpmDecider, 'register'],
  'training.scheduled': ['training-sessions', trainingDecider, 'schedule-training'],
  'finding.recorded': ['findings', findingDecider, 'record-finding'],
};

/** A KPM's payments: the action on an earlier payment, or none for a payment made. */
const PAYMENTS: Record<string, [string | null, string]> = {
  'payment.paid': [null, 'record-payment'],
  'payment.failed': ['failure', 'record-payment-failure'],
  'payment.reversed': ['reversal', 'record-payment-reversal'],
};

/** A resource created by POSTing to a collection: its whole data, unless the ledger adds to the body. */
const created = (
  collection: string,
  decider: AnyDecider | null,
  kind: string,
  data: Data,
  body = data,
): ApiRoute => ({
  path: `${API}/${collection}`,
  route: `POST /${collection}`,
  request: body,
  body,
  decider,
  command: { kind, data },
});

/** A command on one resource: the id in the path, the rest in the body. */
function onResource(
  [collection, idKey, action, decider, kind]: [string, string, string, AnyDecider, string],
  data: Data,
): ApiRoute {
  const id = String(data[idKey]);
  const body = without(data, idKey);
  return {
    path: `${API}/${collection}/${encodeURIComponent(id)}/${action}`,
    route: `POST /${collection}/:${idKey}/${action}`,
    request: { [idKey]: id, body },
    body,
    decider,
    command: { kind, data },
  };
}

/** A KPM's payments: PaymentsController fingerprints `{ kpmId, request }`, a payment's own id with its body. */
function payment([action, kind]: [string | null, string], data: Data): ApiRoute {
  const kpmId = String(data['kpmId']);
  const paymentId = String(data['paymentId']);
  const body = action ? without(data, 'kpmId', 'paymentId') : without(data, 'kpmId');
  return {
    path: `${API}/beneficiaries/${kpmId}/payments${action ? `/${encodeURIComponent(paymentId)}/${action}` : ''}`,
    route: `POST /beneficiaries/:kpmId/payments${action ? `/:paymentId/${action}` : ''}`,
    request: { kpmId, request: action ? { paymentId, body } : body },
    body,
    decider: kpmDecider,
    command: { kind, data },
  };
}

export function routeOf(type: string, data: Data): ApiRoute {
  if (type in ON_RESOURCE) return onResource(ON_RESOURCE[type]!, data);
  if (type in PAYMENTS) return payment(PAYMENTS[type]!, data);
  if (type in CREATED) {
    const [collection, decider, kind] = CREATED[type]!;
    return created(collection, decider, kind, data);
  }
  if (type === 'grievance.filed') {
    // A citizen sends what they know; the ledger sets the id, tracking code and deadline.
    const body = only(data, 'villageCode', 'programmeId', 'category', 'text', 'contact');
    return created('grievances', grievanceDecider, 'file-grievance', data, body);
  }
  // A correction is decided on the stream's events (decideCorrection), which name the corrected type.
  if (type === 'event.corrected')
    return created('corrections', null, 'correct', without(data, 'correctsType'));
  throw new Error(`The generator has no API route for ${type}`);
}
