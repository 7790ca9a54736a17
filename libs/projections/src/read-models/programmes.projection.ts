import type { ProgrammeCreated, VillageAllocationSet } from '@saksi/events';
import type { EntityManager } from 'typeorm';
import { eventByEvent, type Projection } from '../projection.js';
import { asCorrection, type CurrentEvent } from './current-event.js';

type Allocation = VillageAllocationSet['data'];

/** Programmes and their yearly rules, and each village's Dana Desa and BLT-DD allocation. */
export const programmesProjection: Projection = eventByEvent(
  'programmes',
  ['programme_view', 'village_allocation_view'],
  apply,
);

async function apply(event: CurrentEvent, manager: EntityManager): Promise<void> {
  switch (event.type) {
    case 'programme.created': {
      const data = event.data as unknown as ProgrammeCreated['data'];
      await manager.query(
        `insert into programme_view (programme_id, kind, name, year, rules, position)
         values ($1, $2, $3, $4, $5, $6) on conflict (programme_id) do nothing`,
        [data.programmeId, data.kind, data.name, data.year, data.rules, event.position],
      );
      return;
    }
    case 'programme.village-allocation-set':
      return setAllocation(manager, event.eventId, event.data as unknown as Allocation, event.position);
    case 'event.corrected': {
      const correction = asCorrection(event)!;
      if (correction.correctsType !== 'programme.village-allocation-set') return;
      const [row] = await manager.query<{ data: Allocation; position: string }[]>(
        'delete from village_allocation_view where event_id = $1 returning data, position',
        [correction.correctsEventId],
      );
      // A correction of an allocation that a newer one already replaced changes nothing shown.
      if (row)
        await setAllocation(
          manager,
          correction.correctsEventId,
          { ...row.data, ...correction.fields },
          Number(row.position),
        );
      return;
    }
  }
}

/** The newest allocation for a village and programme counts (it is revised during the year). */
async function setAllocation(
  manager: EntityManager,
  eventId: string,
  data: Allocation,
  position: number,
): Promise<void> {
  await manager.query(
    `insert into village_allocation_view
       (programme_id, village_code, year, dana_desa, allocation, decree_ref, event_id, data, position)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (programme_id, village_code) do update set
       year = excluded.year, dana_desa = excluded.dana_desa, allocation = excluded.allocation,
       decree_ref = excluded.decree_ref, event_id = excluded.event_id, data = excluded.data,
       position = excluded.position
     where village_allocation_view.position <= excluded.position`,
    [
      data.programmeId,
      data.villageCode,
      data.year,
      data.danaDesa,
      data.allocation,
      data.decreeRef ?? null,
      eventId,
      data,
      position,
    ],
  );
}
