import { approveKpm, kpmEvent, musdesDayOf, registerKpm } from './kpm-events.js';
import { drawFlavour, liveYear } from './kpm-flavours.js';
import type { PaymentChannel, Village, VillageRole } from './model.js';
import { newHousehold } from './people.js';
import { dateOf, HOUR, instantOn, pad } from './time.js';
import { nextSerial, recordedAfter, type World } from './world.js';

const CHANNELS: readonly PaymentChannel[] = ['post-office', 'post-office', 'bank', 'cash', 'e-wallet'];

/** A village to lay out: an official code, and how many families register there if known. */
export interface GivenVillage {
  code: string;
  families: number | null;
}

/**
 * The given villages, or villages spread over districts of one or more regencies, numbered as
 * idn-area-data numbers them.
 */
export function layOutVillages(
  world: World,
  given: readonly GivenVillage[] = inventedVillages(world),
): Village[] {
  return given.map(({ code, families }, index) => {
    const digits = code.replaceAll('.', '');
    const district6 = digits.slice(0, 6);
    return {
      index,
      code,
      digits,
      district6,
      families,
      payday: world.random.int(8, 18),
      musdesDay: world.random.int(8, 12),
      channel: world.random.pick(CHANNELS),
      role: null,
      roleIndex: 0,
      kpms: [],
      sessions: [],
      allocations: [],
      counters: { kpm: 0, session: 0, other: 0 },
      actors: {
        operator: `operator-${digits}`,
        sekdes: `sekdes-${digits}`,
        pendamping: `pendamping-${district6}`,
        recorders: [`bendahara-${digits}`],
      },
    };
  });
}

function inventedVillages(world: World): GivenVillage[] {
  const { villages: count, villagesPerDistrict, provinceCode } = world.options;
  const districts = Math.max(Math.min(3, count), Math.ceil(count / villagesPerDistrict));
  return Array.from({ length: count }, (_, index) => {
    const district = index % districts;
    const regency = pad(1 + Math.floor(district / 30));
    const code = `${provinceCode}.${regency}.${pad(1 + (district % 30))}.${2000 + 1 + Math.floor(index / districts)}`;
    return { code, families: null };
  });
}

/**
 * Village roles go to distinct villages, in a seeded order, before any village is filled; their
 * role indexes count on from `firstIndex` (a plant's index picks its variant).
 */
export function assignRole(world: World, role: VillageRole, count: number, firstIndex = 0): Village[] {
  const free = world.random.shuffle(world.villages.filter((village) => village.role === null));
  const chosen = free.slice(0, count);
  chosen.forEach((village, rank) => Object.assign(village, { role, roleIndex: firstIndex + rank }));
  return chosen;
}

export function createProgramme(world: World): void {
  const at = instantOn(dateOf(world.year - 1, 12, 16), 2);
  world.log.add({
    streamId: `programme-${world.programmeId}`,
    type: 'programme.created',
    data: {
      programmeId: world.programmeId,
      kind: 'BLT-DD',
      name: `BLT Dana Desa ${world.year}`,
      year: world.year,
      rules: world.rules,
    },
    occurredAt: at,
    recordedAt: recordedAfter(world, at, 4),
    actor: 'admin-kabupaten',
  });
}

/**
 * The village's allocation decree early in the year (amounts set once payments are known, see
 * allocations.ts), and for one clean village in ten a revised decree in the middle of the year (for
 * half the villages planted above their allocation, a revision that cuts it).
 */
export function decreeAllocations(world: World, village: Village): void {
  const decree = (month: number, day: number, number: number) => {
    const at = instantOn(dateOf(world.year, month, day), world.random.int(1, 7));
    village.allocations.push(
      world.log.add({
        streamId: `programme-${world.programmeId}`,
        type: 'programme.village-allocation-set',
        data: {
          programmeId: world.programmeId,
          villageCode: village.code,
          year: world.year,
          danaDesa: 1,
          allocation: 1,
          decreeRef: `Perkades ${number}/${world.year}`,
        },
        occurredAt: at,
        recordedAt: recordedAfter(world, at, 24),
        actor: village.actors.operator,
      }),
    );
  };
  decree(1, world.random.int(3, 7), world.random.int(1, 5));
  const revisedDown = village.role === 'above-allocation' && village.roleIndex % 2 === 1;
  if ((village.role === null && world.random.chance(0.1)) || revisedDown)
    decree(6, world.random.int(10, 20), world.random.int(6, 12));
}

/** Registration in the first days of the entitlement's first month, the Musdes a week later. */
export function fillVillage(world: World, village: Village): void {
  const [fewest, most] = world.options.kpmPerVillage;
  const drawn = village.families ?? world.random.int(fewest, most);
  const women = village.role === 'women-share-low';
  const count = women ? Math.max(drawn, world.config.minTrainedKpmForGap + 10) : drawn;
  // A payday's list is shared out so that nobody records more than the burst threshold less 15.
  const load = Math.max(5, world.config.burstThreshold - 15);
  village.actors.recorders = Array.from({ length: Math.ceil(count / load) }, (_, n) =>
    n === 0 ? `bendahara-${village.digits}` : `kaur-keuangan-${village.digits}-${n}`,
  );
  for (let n = 0; n < count; n++) {
    const household = newHousehold(world.random, {
      year: world.year,
      district6: village.district6,
      serial: nextSerial(world, village.district6),
      withAdultMan: women,
    });
    const registered = instantOn(
      dateOf(world.year, world.startMonth, world.random.int(2, 5)),
      world.random.int(1, 8),
    );
    const kpm = registerKpm(world, village, household, { at: registered, flavour: drawFlavour(world) });
    if (world.random.chance(0.7)) {
      // Checked at home by the facilitator before the Musdes (registration and check each recorded within 12 hours).
      const visited = registered + world.random.int(20, 40) * HOUR;
      kpmEvent(
        world,
        kpm,
        'beneficiary.verified',
        visited,
        { note: 'Survei rumah' },
        {
          actor: village.actors.pendamping,
          recordedAt: recordedAfter(world, visited, 12),
        },
      );
    }
    if (kpm.flavour === 'rejected') {
      const musdes = instantOn(musdesDayOf(world, village), world.random.int(2, 6));
      kpmEvent(world, kpm, 'beneficiary.rejected', musdes, { reason: 'Tidak memenuhi kriteria Musdesus' });
      continue;
    }
    approveKpm(world, kpm);
    liveYear(world, kpm);
  }
}
