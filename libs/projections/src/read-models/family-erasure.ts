import { withoutErasedFields } from '@saksi/events';
import type { EntityManager } from 'typeorm';
import { REREGISTER } from './kpm-rows.js';
import { registrationColumns, type TreatedRegistration } from './registration-columns.js';
import { applyRow, type AloneStep } from './step.js';

/**
 * A family's personal data was erased: its row keeps what was not personal (status, village, sex,
 * household size) and loses its initials, NIK token, masked NIK, birth year and the personal parts
 * of its registration, exactly as a rebuild, which reads those fields as absent, would leave it.
 */
export function familyErasure(kpmId: string): AloneStep {
  return {
    alone: async (manager: EntityManager) => {
      const [row] = await manager.query<{ registration: TreatedRegistration }[]>(
        'select registration from kpm_view where kpm_id = $1',
        [kpmId],
      );
      if (!row) return;
      const registration = withoutErasedFields({ type: 'beneficiary.registered', data: row.registration });
      await applyRow(manager, REREGISTER, { ...registrationColumns(registration), kpm_id: kpmId });
    },
  };
}
