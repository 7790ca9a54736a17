import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from './command/clock.port.js';
import { CommandService } from './command/command.service.js';
import { AlertsController } from './http/alerts.controller.js';
import { BeneficiariesController } from './http/beneficiaries.controller.js';
import { CorrectionsController } from './http/corrections.controller.js';
import { FindingsController } from './http/findings.controller.js';
import { GrievancesController } from './http/grievances.controller.js';
import { IdentifierChecks } from './http/identifier-checks.js';
import { PaymentsController } from './http/payments.controller.js';
import { ProgrammesController } from './http/programmes.controller.js';
import { TrainingController } from './http/training.controller.js';
import { CsvImporter } from './import/csv-importer.js';
import { ImportsController } from './import/imports.controller.js';

/**
 * The command side: every programme action over HTTP under /api/v1. Needs the event store, the
 * access module (guard and keys) and the area directory (AreaModule) from the app that imports it.
 */
@Module({
  controllers: [
    ProgrammesController,
    BeneficiariesController,
    PaymentsController,
    TrainingController,
    GrievancesController,
    FindingsController,
    CorrectionsController,
    ImportsController,
    AlertsController,
  ],
  providers: [CommandService, IdentifierChecks, CsvImporter, { provide: CLOCK, useValue: systemClock }],
  exports: [CommandService, IdentifierChecks, CsvImporter, CLOCK],
})
export class LedgerModule {}
