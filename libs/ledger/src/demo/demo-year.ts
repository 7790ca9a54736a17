import type { Actor } from '@saksi/access';
import type { AreaDirectory } from '@saksi/area';
import type { EventStore } from '@saksi/event-store';
import {
  bltDdRules,
  grievanceDecider,
  kpmDecider,
  programmeDecider,
  trainingDecider,
} from '@saksi/programme';
import type { CommandContext } from '../command/command-context.js';
import type { CommandService } from '../command/command.service.js';
import { streams } from '../command/stream-names.js';
import { FAMILY, GRIEVANCES, HAMLETS, MEN, TOPICS, WOMEN } from './demo-data.js';
import { SeededRandom } from './seeded-random.js';

export interface DemoOptions {
  regencyCode: string;
  /** How many of the regency's villages to fill (all when undefined). */
  villages?: number;
  seed?: number;
}

export interface DemoSummary {
  regency: string;
  villages: number;
  families: number;
  events: number;
}

const YEAR = 2024;
const MONTHLY = 300_000;
const actor: Actor = { id: 'demo', role: 'admin', villages: [] };

/**
 * A BLT Dana Desa year for real villages of one regency, recorded through the same deciders and
 * CommandService as real input (in one session: all or nothing). Deterministic for a seed.
 */
export async function recordDemoYear(
  store: EventStore,
  commands: CommandService,
  areas: AreaDirectory,
  options: DemoOptions,
): Promise<DemoSummary> {
  const regency = areas.regency(options.regencyCode);
  if (!regency) throw new Error(`Regency ${options.regencyCode} is not in the official list (try 11.01).`);
  if ((await store.head()).position > 0)
    throw new Error('The demo fills an empty database; this one already has events.');
  const villages = areas.villagesOfRegency(regency.code).slice(0, options.villages);
  const random = new SeededRandom(options.seed ?? 2024);
  let events = 0;
  let families = 0;
  await store.session(async (session) => {
    const run = commands.using(session);
    const context = (at: string): CommandContext => ({
      actor,
      route: 'demo',
      request: null,
      source: 'saksi-demo',
      occurredAt: new Date(at),
    });
    const count = async (outcome: Promise<{ events: unknown[] }>) =>
      void (events += (await outcome).events.length);

    await count(
      run.execute(
        streams.programme('blt-dd-2024'),
        programmeDecider,
        {
          kind: 'create-programme',
          data: {
            programmeId: 'blt-dd-2024',
            kind: 'BLT-DD',
            name: `BLT Dana Desa ${YEAR} — ${regency.name}`,
            year: YEAR,
            rules: bltDdRules(YEAR),
          },
        },
        context(`${YEAR}-01-05T02:00:00Z`),
      ),
    );

    for (const village of villages) {
      const kpmCount = random.int(12, 30);
      const danaDesa = random.int(700, 1_200) * 1_000_000;
      await count(
        run.execute(
          streams.programme('blt-dd-2024'),
          programmeDecider,
          {
            kind: 'set-village-allocation',
            data: {
              programmeId: 'blt-dd-2024',
              villageCode: village.code,
              year: YEAR,
              danaDesa,
              allocation: kpmCount * MONTHLY * 12,
              decreeRef: `Perkades ${random.int(1, 20)}/${YEAR}`,
            },
          },
          context(`${YEAR}-01-20T02:00:00Z`),
        ),
      );

      const kpmIds: { id: string; sex: 'F' | 'M'; birthDate: string }[] = [];
      for (let n = 1; n <= kpmCount; n++) {
        const kpmId = `${village.code.replaceAll('.', '')}-${String(n).padStart(3, '0')}`;
        const sex = random.chance(0.55) ? 'F' : 'M';
        const birthDate = `${random.int(1950, 1995)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
        const name = `${random.pick(sex === 'F' ? WOMEN : MEN)} ${random.pick(FAMILY)}`;
        await count(
          run.execute(
            streams.kpm(kpmId),
            kpmDecider,
            {
              kind: 'register',
              data: {
                kpmId,
                programmeId: 'blt-dd-2024',
                villageCode: village.code,
                hamlet: random.pick(HAMLETS),
                rt: pad(random.int(1, 8), 3),
                rw: pad(random.int(1, 4), 3),
                head: { name, nik: nikFor(village.parentCode, sex, birthDate, n), sex, birthDate },
                members: Array.from({ length: random.int(0, 4) }, () => ({
                  sex: random.pick(['F', 'M'] as const),
                  birthDate: `${random.int(2000, 2022)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
                })),
                sourceList: random.chance(0.85) ? 'P3KE' : 'VILLAGE',
                otherAid: random.chance(0.05) ? ['PKH'] : [],
              },
            },
            context(`${YEAR}-01-25T03:00:00Z`),
          ),
        );
        families++;
        if (random.chance(0.06)) {
          await count(
            run.execute(
              streams.kpm(kpmId),
              kpmDecider,
              { kind: 'reject', data: { kpmId, reason: 'Tidak memenuhi kriteria Musdesus' } },
              context(`${YEAR}-02-10T03:00:00Z`),
            ),
          );
          continue;
        }
        await count(
          run.execute(
            streams.kpm(kpmId),
            kpmDecider,
            {
              kind: 'approve',
              data: { kpmId, musdesRef: `BA-MUSDESUS/${village.code}/${YEAR}`, musdesDate: `${YEAR}-02-10` },
            },
            context(`${YEAR}-02-10T03:00:00Z`),
          ),
        );
        kpmIds.push({ id: kpmId, sex, birthDate });
        // Paid per quarter (triwulan): three months at once, sometimes late.
        for (let quarter = 1; quarter <= 4; quarter++) {
          const month = quarter * 3;
          const paidOn = `${YEAR}-${pad(month)}-${pad(random.chance(0.1) ? 28 : random.int(10, 20))}`;
          for (const m of [month - 2, month - 1, month]) {
            await count(
              run.execute(
                streams.kpm(kpmId),
                kpmDecider,
                {
                  kind: 'record-payment',
                  data: {
                    kpmId,
                    paymentId: `${kpmId}-${YEAR}-${pad(m)}`,
                    period: `${YEAR}-${pad(m)}`,
                    amount: MONTHLY,
                    channel: random.chance(0.7) ? 'post-office' : 'cash',
                    reference: `TW${quarter}-${kpmId}`,
                    paidOn,
                  },
                },
                context(`${paidOn}T04:00:00Z`),
              ),
            );
          }
        }
      }

      for (let s = 1; s <= 2; s++) {
        const sessionId = `${village.code.replaceAll('.', '')}-training-${s}`;
        const day = `${YEAR}-${pad(3 + s * 3)}-${pad(random.int(5, 25))}`;
        await count(
          run.execute(
            streams.training(sessionId),
            trainingDecider,
            {
              kind: 'schedule-training',
              data: {
                sessionId,
                programmeId: 'blt-dd-2024',
                villageCode: village.code,
                topic: random.pick(TOPICS),
                place: 'Balai desa',
                startsAt: `${day}T09:00:00+07:00`,
                endsAt: `${day}T12:00:00+07:00`,
                capacity: 30,
                trainer: 'Pendamping desa',
              },
            },
            context(`${YEAR}-03-01T02:00:00Z`),
          ),
        );
        for (const kpm of kpmIds) {
          if (!random.chance(kpm.sex === 'F' ? 0.7 : 0.45)) continue;
          await count(
            run.execute(
              streams.training(sessionId),
              trainingDecider,
              {
                kind: 'record-attendance',
                data: {
                  sessionId,
                  kpmId: kpm.id,
                  participant: { sex: kpm.sex, birthDate: kpm.birthDate },
                  attendedAt: `${day}T09:10:00+07:00`,
                },
              },
              context(`${day}T05:00:00Z`),
            ),
          );
        }
        await count(
          run.execute(
            streams.training(sessionId),
            trainingDecider,
            { kind: 'record-training-held', data: { sessionId } },
            context(`${day}T06:00:00Z`),
          ),
        );
      }

      if (random.chance(0.4)) {
        const grievanceId = `${village.code.replaceAll('.', '')}-grievance-1`;
        await count(
          run.execute(
            streams.grievance(grievanceId),
            grievanceDecider,
            {
              kind: 'file-grievance',
              data: {
                grievanceId,
                trackingCode: `D${pad(random.int(100, 999), 3)}-${pad(random.int(1000, 9999), 4)}`,
                villageCode: village.code,
                programmeId: 'blt-dd-2024',
                category: 'payment',
                text: random.pick(GRIEVANCES),
                anonymous: true,
                answerDueBy: `${YEAR}-05-15`,
              },
            },
            context(`${YEAR}-05-01T02:00:00Z`),
          ),
        );
        if (random.chance(0.6)) {
          await count(
            run.execute(
              streams.grievance(grievanceId),
              grievanceDecider,
              {
                kind: 'answer-grievance',
                data: { grievanceId, answer: 'Sudah ditindaklanjuti oleh pendamping desa.' },
              },
              context(`${YEAR}-05-09T02:00:00Z`),
            ),
          );
        }
      }
    }
  });
  return { regency: `${regency.code} ${regency.name}`, villages: villages.length, families, events };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A NIK that passes the checks: district, birth date (day + 40 for women), a serial. */
function nikFor(districtCode: string, sex: 'F' | 'M', birthDate: string, serial: number): string {
  const [year, month, day] = birthDate.split('-');
  const dd = Number(day) + (sex === 'F' ? 40 : 0);
  return `${districtCode.replaceAll('.', '')}${pad(dd)}${month}${year!.slice(2)}${pad(serial % 10_000, 4)}`;
}
