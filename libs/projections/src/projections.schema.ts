import type { SchemaPart } from '@saksi/database';
import { AlertViewRow } from './postgres/entities/alert-view.entity.js';
import { FindingViewRow } from './postgres/entities/finding-view.entity.js';
import { GrievanceViewRow } from './postgres/entities/grievance-view.entity.js';
import { KpmViewRow } from './postgres/entities/kpm-view.entity.js';
import { PaymentEventViewRow } from './postgres/entities/payment-event-view.entity.js';
import { ProgrammeViewRow } from './postgres/entities/programme-view.entity.js';
import { TrainingAttendanceViewRow } from './postgres/entities/training-attendance-view.entity.js';
import { TrainingSessionViewRow } from './postgres/entities/training-session-view.entity.js';
import { VillageAllocationViewRow } from './postgres/entities/village-allocation-view.entity.js';
import { CreateReadModels1795421100000 } from './postgres/migrations/1795421100000-create-read-models.migration.js';
import { CreateAlertView1795421200000 } from './postgres/migrations/1795421200000-create-alert-view.migration.js';
import { IndexCorrectionLookups1795900500000 } from './postgres/migrations/1795900500000-index-correction-lookups.migration.js';

/** The read models; schema-drift.int-spec.ts holds these entities and migrations in agreement. */
export const PROJECTIONS_SCHEMA: SchemaPart = {
  entities: [
    ProgrammeViewRow,
    VillageAllocationViewRow,
    KpmViewRow,
    PaymentEventViewRow,
    TrainingSessionViewRow,
    TrainingAttendanceViewRow,
    GrievanceViewRow,
    FindingViewRow,
    AlertViewRow,
  ],
  migrations: [
    CreateReadModels1795421100000,
    CreateAlertView1795421200000,
    IndexCorrectionLookups1795900500000,
  ],
};
