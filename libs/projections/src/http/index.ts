import type { Type } from '@nestjs/common';
import { FiguresController } from './figures.controller.js';
import { HistoryController } from './history.controller.js';
import { PersonalDataController } from './personal-data.controller.js';
import { ProjectionsAdminController } from './projections-admin.controller.js';
import { ReadModelsController } from './read-models.controller.js';
import { ReportsController } from './reports.controller.js';

/** Every controller of the read side, registered by ProjectionsModule. */
export const PROJECTION_CONTROLLERS: Type[] = [
  FiguresController,
  ReadModelsController,
  HistoryController,
  PersonalDataController,
  ReportsController,
  ProjectionsAdminController,
];
