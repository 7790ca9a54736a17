import type { ProgrammeCreated, VillageAllocationSet } from '@saksi/events';
import type { EntityManager } from 'typeorm';
import { type Projection, stepByStep } from '../projection.js';
import { asCorrection, type Correction, type CurrentEvent } from './current-event.js';
import { deleteReturning } from './delete-returning.js';
import { applyRow, rowKey, type Step } from './step.js';

type Allocation = VillageAllocationSet['data'];

/** Programmes and their yearly rules, and each village's Dana Desa and BLT-DD allocation. */
export const programmesProjection: Projection = stepByStep(
  'programmes',
  ['programme_view', 'village_allocation_view'],
  stepOf,
);

const CREATE = `
  insert into programme_view (programme_id, kind, name, year, rules, position)
  select programme_id, kind, name, year, rules, position
  from jsonb_to_recordset($1::jsonb) as r(programme_id text, kind text, name text, year int,
    rules jsonb, position bigint)
  on conflict (programme_id) do nothing`;

/** The newest allocation for a village and programme counts (it is revised during the year). */
const SET_ALLOCATION = `
  insert into village_allocation_view
    (programme_id, village_code, year, dana_desa, allocation, decree_ref, event_id, data, position)
  select programme_id, village_code, year, dana_desa, allocation, decree_ref, event_id, data, position
  from jsonb_to_recordset($1::jsonb) as r(programme_id text, village_code text, year int,
    dana_desa bigint, allocation bigint, decree_ref text, event_id uuid, data jsonb, position bigint)
  on conflict (programme_id, village_code) do update set
    year = excluded.year, dana_desa = excluded.dana_desa, allocation = excluded.allocation,
    decree_ref = excluded.decree_ref, event_id = excluded.event_id, data = excluded.data,
    position = excluded.position
  where village_allocation_view.position <= excluded.position`;

function stepOf(event: CurrentEvent): Step | undefined {
  switch (event.type) {
    case 'programme.created': {
      const data = event.data as unknown as ProgrammeCreated['data'];
      const row = {
        programme_id: data.programmeId,
        kind: data.kind,
        name: data.name,
        year: data.year,
        rules: data.rules,
        position: event.position,
      };
      return { statement: CREATE, row, writes: [rowKey('programme_view', data.programmeId)] };
    }
    case 'programme.village-allocation-set': {
      const data = event.data as unknown as Allocation;
      return {
        statement: SET_ALLOCATION,
        row: allocationRow(event.eventId, data, event.position),
        writes: [rowKey('village_allocation_view', data.programmeId, data.villageCode)],
      };
    }
    case 'event.corrected': {
      const correction = asCorrection(event)!;
      if (correction.correctsType !== 'programme.village-allocation-set') return undefined;
      return { alone: (manager) => correctAllocation(correction, manager) };
    }
  }
  return undefined;
}

function allocationRow(eventId: string, data: Allocation, position: number): Record<string, unknown> {
  return {
    programme_id: data.programmeId,
    village_code: data.villageCode,
    year: data.year,
    dana_desa: data.danaDesa,
    allocation: data.allocation,
    decree_ref: data.decreeRef ?? null,
    event_id: eventId,
    data,
    position,
  };
}

async function correctAllocation(correction: Correction, manager: EntityManager): Promise<void> {
  const row = await deleteReturning<{ data: Allocation; position: string }>(
    manager,
    'delete from village_allocation_view where event_id = $1 returning data, position',
    [correction.correctsEventId],
  );
  // A correction of an allocation that a newer one already replaced changes nothing shown.
  if (row)
    await applyRow(
      manager,
      SET_ALLOCATION,
      allocationRow(correction.correctsEventId, { ...row.data, ...correction.fields }, Number(row.position)),
    );
}
