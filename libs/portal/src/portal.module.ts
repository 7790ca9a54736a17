import { type DynamicModule, Module } from '@nestjs/common';
import { PSEUDONYMISE } from '@saksi/projections';
import { hmacPseudonymiser } from '@saksi/relay';
import { AlertInboxController } from './http/alert-inbox.controller.js';
import { AssetsController } from './http/assets.controller.js';
import { GrievanceController } from './http/grievance.controller.js';
import { OversightController } from './http/oversight.controller.js';
import { PageRenderer } from './http/page-renderer.js';
import { PortalContext } from './http/portal-context.js';
import { PortalErrorFilter } from './http/portal-error.filter.js';
import { PortalHealthController } from './http/portal-health.controller.js';
import { PublicPagesController } from './http/public-pages.controller.js';
import { SessionController } from './http/session.controller.js';
import { LedgerClient } from './ledger/ledger-client.js';
import {
  DEFAULT_GRIEVANCE_LIMITS,
  PORTAL_OPTIONS,
  type PortalOptions,
  type PortalSettings,
} from './portal.options.js';
import { formSecret } from './security/form-token.js';
import { PortalSessions } from './security/session.js';

/**
 * The public transparency pages and the forum and inspector interface, rendered on the server.
 * Needs the storage, the event store, the access keys and the area directory from the app that
 * imports it; reads the read models and the log; writes only through the ledger's HTTP API.
 */
@Module({})
export class PortalModule {
  static register(options: PortalOptions): DynamicModule {
    const settings: PortalSettings = {
      ledgerUrl: options.ledgerUrl,
      readApiUrl: (options.readApiUrl ?? '').replace(/\/+$/, ''),
      homeArea: options.homeArea ?? '',
      secureCookies: options.secureCookies ?? false,
      grievanceLimits: { ...DEFAULT_GRIEVANCE_LIMITS, ...options.grievanceLimits },
      formSecret: formSecret(options.pseudonymKey),
    };
    return {
      module: PortalModule,
      controllers: [
        AssetsController,
        PublicPagesController,
        GrievanceController,
        SessionController,
        OversightController,
        AlertInboxController,
        ...(options.health ? [PortalHealthController] : []),
      ],
      providers: [
        { provide: PORTAL_OPTIONS, useValue: settings },
        { provide: PSEUDONYMISE, useValue: hmacPseudonymiser(options.pseudonymKey) },
        PortalContext,
        PortalSessions,
        PageRenderer,
        PortalErrorFilter,
        LedgerClient,
      ],
    };
  }
}
