import { approveKpm, payMonths, registerKpm } from '../kpm-events.js';
import type { Kpm, Village } from '../model.js';
import { HAMLETS } from '../people.js';
import { takePlainKpm, type World } from '../world.js';
import type { Planter } from './planter.js';

const MULTIPLE_VILLAGES = 'NIK.MULTIPLE_VILLAGES';
const DUPLICATE = 'NIK.DUPLICATE_IN_PROGRAMME';

/**
 * The same head of family enrolled again under a second KPM id, approved and paid all year like
 * any family: a ghost, or a family drawing twice.
 */
function enrolAgain(world: World, original: Kpm, village: Village, actor: string): Kpm {
  const hamlet = HAMLETS.find((name) => name !== original.household.hamlet)!;
  const registered = original.registration.occurredAt + world.random.int(1, 48) * 3_600_000;
  const copy = registerKpm(world, village, original.household, {
    at: registered,
    flavour: 'planted',
    hamlet,
    actor,
  });
  approveKpm(world, copy);
  payMonths(world, copy, world.startMonth, 12);
  return copy;
}

const tokenOf = (world: World, kpm: Kpm) => world.pseudonymise(kpm.household.head.nik);
const pair = (a: string, b: string) => [a, b].sort();

/**
 * One NIK in two villages, of another district or of the same one. Both KPM are in this one
 * programme, so the plant is by nature also a NIK twice in the programme: expected as a co-alert.
 */
export const nikMultipleVillages: Planter = {
  ruleCode: MULTIPLE_VILLAGES,
  plant(world, index) {
    const original = takePlainKpm(world);
    const sameDistrict = index % 2 === 1;
    const others = world.villages.filter(
      (village) =>
        village !== original.village && (village.district6 === original.village.district6) === sameDistrict,
    );
    const village = world.random.pick(
      others.length > 0 ? others : world.villages.filter((v) => v !== original.village),
    );
    const copy = enrolAgain(world, original, village, village.actors.operator);
    const token = tokenOf(world, original);
    const variant = sameDistrict ? 'two villages of one district' : 'two districts';
    world.truth.expect(MULTIPLE_VILLAGES, [token, ...pair(original.village.code, village.code)], variant);
    world.truth.expect(
      DUPLICATE,
      [token, world.programmeId, ...pair(original.kpmId, copy.kpmId)],
      variant,
      MULTIPLE_VILLAGES,
    );
  },
};

/** One NIK under two KPM ids of one village: enrolled again from another hamlet. */
export const nikDuplicateInProgramme: Planter = {
  ruleCode: DUPLICATE,
  plant(world, index) {
    const original = takePlainKpm(world);
    const { actors } = original.village;
    const copy = enrolAgain(
      world,
      original,
      original.village,
      index % 2 === 0 ? actors.operator : actors.pendamping,
    );
    const identity = [tokenOf(world, original), world.programmeId, ...pair(original.kpmId, copy.kpmId)];
    world.truth.expect(DUPLICATE, identity, 'enrolled twice in one village');
  },
};

const setRegistration = (kpm: Kpm, fields: Record<string, unknown>) => {
  kpm.registration.data = { ...kpm.registration.data, ...fields };
};

export const kpmReceivesPkh: Planter = {
  ruleCode: 'KPM.RECEIVES_PKH',
  unplantable: ({ rules }) => (rules.excludesPkh ? undefined : 'the programme does not exclude PKH families'),
  plant(world, index) {
    const kpm = takePlainKpm(world);
    setRegistration(kpm, { otherAid: index % 2 === 0 ? ['PKH'] : ['PKH', 'KIS'] });
    world.truth.expect('KPM.RECEIVES_PKH', [kpm.kpmId], 'registered with PKH');
  },
};

export const kpmNotInP3ke: Planter = {
  ruleCode: 'KPM.NOT_IN_P3KE',
  unplantable: ({ rules }) =>
    rules.requiresP3ke ? undefined : 'the programme does not require the P3KE list',
  plant(world, index) {
    const kpm = takePlainKpm(world);
    const sourceList = ['DTKS', 'VILLAGE', 'REGSOSEK'][index % 3]!;
    setRegistration(kpm, { sourceList });
    world.truth.expect('KPM.NOT_IN_P3KE', [kpm.kpmId], `taken from ${sourceList}`);
  },
};

/** Approved with no Musdes named at all, or registered and approved under one user's key. */
export const approvalWithoutMusdes: Planter = {
  ruleCode: 'APPROVAL.WITHOUT_MUSDES',
  plant(world) {
    const kpm = takePlainKpm(world);
    const approval = kpm.approval!;
    approval.data = { kpmId: kpm.kpmId };
    world.truth.expect('APPROVAL.WITHOUT_MUSDES', [kpm.kpmId, approval.eventId], 'no Musdes reference');
  },
};

export const approvalSameActor: Planter = {
  ruleCode: 'APPROVAL.SAME_ACTOR',
  plant(world) {
    const kpm = takePlainKpm(world);
    const approval = kpm.approval!;
    approval.actor = kpm.registration.actor;
    world.truth.expect(
      'APPROVAL.SAME_ACTOR',
      [kpm.kpmId, approval.eventId],
      'registered and approved by one user',
    );
  },
};
