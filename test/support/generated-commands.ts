import { createHash } from 'node:crypto';
import { AccessKeyService, PostgresAccessKeyStore, type StaffRole } from '@saksi/access';
import { openStorage, type StorageConfig } from '@saksi/database';
import type { ApiCommand } from '@saksi/generator';
import { LEDGER_SCHEMA } from '@saksi/ledger';

export interface Holder {
  role: StaffRole;
  villages: string[];
}

/** One key per actor the commands name (an operator's with every village it writes for), none for citizens. */
export function holdersOf(commands: readonly ApiCommand[]): Map<string, Holder> {
  const holders = new Map<string, Holder>();
  for (const { actor } of commands) {
    if (actor.role === 'citizen') continue;
    const holder = holders.get(actor.name!) ?? { role: actor.role, villages: [] };
    if (actor.village && !holder.villages.includes(actor.village)) holder.villages.push(actor.village);
    holders.set(actor.name!, holder);
  }
  return holders;
}

/**
 * Issues the keys straight into the database, as `saksi admin create-key` does: Saksi has no HTTP
 * route for keys. An embedded data folder must not be open in a running Saksi meanwhile.
 */
export async function issueAccessKeys(
  storage: StorageConfig,
  holders: ReadonlyMap<string, Holder>,
): Promise<Map<string, string>> {
  const opened = await openStorage(storage, LEDGER_SCHEMA, { applicationName: 'saksi-test-keys' });
  try {
    const access = new AccessKeyService(new PostgresAccessKeyStore(opened.dataSource), { cacheTtlMs: 0 });
    const keys = new Map<string, string>();
    for (const [name, { role, villages }] of holders) {
      const scope = role === 'operator' ? { villages } : {};
      keys.set(name, (await access.issue({ role, label: name, createdBy: 'test', ...scope })).key);
    }
    return keys;
  } finally {
    await opened.close();
  }
}

export interface Answer {
  status: number;
  body: Record<string, any>;
}

/**
 * Sends `saksi generate`'s commands to a ledger as a client would: each with its actor's key and
 * Idempotency-Key, putting into `refs` fields the event ids the ledger answered, and finding a
 * grievance under the id the ledger gave it (an operator's key id names it, not the generated name).
 */
export class GeneratedCommandSender {
  private readonly answered = new Map<string, string>();
  private readonly grievances = new Map<string, string>();
  readonly refused: string[] = [];
  sent = 0;

  constructor(
    private readonly ledgerUrl: string,
    private readonly keys: ReadonlyMap<string, string>,
  ) {}

  /** The programme's own commands first, then each village's in its order, villages side by side. */
  async sendAll(commands: readonly ApiCommand[]): Promise<void> {
    const lanes = new Map<string, ApiCommand[]>();
    for (const command of commands) {
      const lane = command.actor.village ?? '';
      if (!lanes.has(lane)) lanes.set(lane, []);
      lanes.get(lane)!.push(command);
    }
    for (const command of lanes.get('') ?? []) await this.send(command);
    lanes.delete('');
    await Promise.all(
      [...lanes.values()].map(async (lane) => {
        for (const command of lane) await this.send(command);
      }),
    );
  }

  async send(command: ApiCommand): Promise<Answer> {
    const body = { ...command.body };
    for (const [field, key] of Object.entries(command.refs ?? {})) body[field] = this.answered.get(key);
    const path = command.path.replace(/grievance-[A-Za-z0-9]+/, (id) => this.grievances.get(id) ?? id);
    const key = command.actor.name ? this.keys.get(command.actor.name) : undefined;
    const answer = await this.post(path, JSON.stringify(body), {
      'content-type': 'application/json',
      'idempotency-key': command.idempotencyKey,
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    });
    this.sent++;
    if (answer.status >= 300)
      this.refused.push(`${command.path}: ${answer.status} ${String(answer.body['code'])}`);
    const [first] = (answer.body['events'] as { eventId: string }[] | undefined) ?? [];
    if (first) this.answered.set(command.idempotencyKey, first.eventId);
    if (typeof answer.body['grievanceId'] === 'string')
      this.grievances.set(generatedGrievanceId(command), answer.body['grievanceId']);
    return answer;
  }

  /** The first event id the ledger answered the command with this Idempotency-Key. */
  eventIdOf(idempotencyKey: string): string | undefined {
    return this.answered.get(idempotencyKey);
  }

  /** A CSV file through the ledger's upload route, as an operator's spreadsheet would come. */
  upload(kind: string, csv: string, key: string): Promise<Answer> {
    return this.post(`/api/v1/imports/${kind}`, csv, {
      'content-type': 'text/csv',
      authorization: `Bearer ${key}`,
    });
  }

  private async post(path: string, body: string, headers: Record<string, string>): Promise<Answer> {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await fetch(`${this.ledgerUrl}${path}`, { method: 'POST', headers, body });
        return { status: response.status, body: (await response.json()) as Record<string, any> };
      } catch (error) {
        // A kept-alive connection the server closed as it was reused: the Idempotency-Key makes a
        // second try land once.
        if (attempt === 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
}

/** The id `saksi generate` gave a grievance: the ledger's rule, with the generated actor's name. */
function generatedGrievanceId({ actor, idempotencyKey }: ApiCommand): string {
  const digest = createHash('sha256')
    .update(`${actor.role === 'citizen' ? 'citizen' : actor.name}\n${idempotencyKey}`)
    .digest('base64url');
  return `grievance-${digest.replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}`;
}
