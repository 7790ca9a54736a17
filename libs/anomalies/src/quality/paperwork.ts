import type { Village } from './model.js';
import { dateOf, DAY, instantOn, pad } from './time.js';
import { recordedAfter, type World } from './world.js';

const COMPLAINTS = [
  'Bantuan bulan ini belum kami terima.',
  'Tetangga kami yang mampu masuk daftar, kami yang miskin tidak.',
  'Jadwal pencairan tidak diumumkan di papan desa.',
];

/**
 * Three villages in ten get a grievance, answered within two weeks; or, with `grievancesPerFamily`,
 * each family files one at those odds and one in ten is never answered. No rule reads them.
 */
export function fileGrievances(world: World, village: Village): void {
  const odds = world.options.grievancesPerFamily;
  if (odds === 0) {
    if (world.random.chance(0.3)) fileGrievance(world, village, true);
    return;
  }
  const count = village.kpms.filter(() => world.random.chance(odds)).length;
  for (let n = 0; n < count; n++) fileGrievance(world, village, world.random.chance(0.9));
}

function fileGrievance(world: World, village: Village, answer: boolean): void {
  const grievanceId = `${village.digits}-aduan-${pad(++village.counters.other, 3)}`;
  const streamId = `grievance-${grievanceId}`;
  const filed = instantOn(
    dateOf(world.year, world.random.int(world.startMonth + 1, 11), world.random.int(1, 20)),
    3,
  );
  world.log.add({
    streamId,
    type: 'grievance.filed',
    data: {
      grievanceId,
      trackingCode: `G${pad(village.index % 1000, 3)}-${pad(world.random.int(0, 9999), 4)}`,
      villageCode: village.code,
      programmeId: world.programmeId,
      category: 'payment',
      text: world.random.pick(COMPLAINTS),
      anonymous: true,
      answerDueBy: new Date(filed + 14 * DAY).toISOString().slice(0, 10),
    },
    occurredAt: filed,
    recordedAt: recordedAfter(world, filed, 2),
    actor: 'portal-publik',
    origin: 'saksi-portal',
  });
  if (!answer) return;
  const answered = filed + world.random.int(3, 12) * DAY;
  world.log.add({
    streamId,
    type: 'grievance.answered',
    data: { grievanceId, answer: 'Sudah ditindaklanjuti oleh pendamping desa.' },
    occurredAt: answered,
    recordedAt: recordedAfter(world, answered, 12),
    actor: village.actors.pendamping,
  });
}
