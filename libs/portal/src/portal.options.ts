/** What the portal needs from the app that runs it. */
export interface PortalOptions {
  /** The deployment's pseudonym key: forum views show NIK tokens, and form tokens are signed with a key derived from it. */
  pseudonymKey: string;
  /**
   * Where writes go (grievances, triage, findings): the ledger's base URL (`http://ledger:3001`), or
   * 'self' in the embedded default, where this process serves the ledger API too.
   */
  ledgerUrl: string;
  /** Base URL of the read API for links to CSV files and printable reports; '' when this process serves it. */
  readApiUrl?: string;
  /** The area the home page opens on: '' (the nation), or a province, regency or district code. */
  homeArea?: string;
  /** Always mark the session cookie Secure (behind a TLS proxy that does not say so). */
  secureCookies?: boolean;
  grievanceLimits?: Partial<GrievanceLimits>;
  /** The portal on its own answers /health; beside the ledger, the ledger does. */
  health?: boolean;
}

/** The grievance form's anti-spam measures. */
export interface GrievanceLimits {
  /** Faster than this, a form was filled by a script. */
  minFillMs: number;
  /** Older than this, a form is stale (or replayed). */
  maxFormAgeMs: number;
  /** Grievances one address may file per window. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_GRIEVANCE_LIMITS: GrievanceLimits = {
  minFillMs: 3_000,
  maxFormAgeMs: 3_600_000,
  perAddress: 5,
  windowMs: 600_000,
};

export const PORTAL_OPTIONS = Symbol('PortalOptions');

/** The options with their defaults filled in, as the portal's services see them. */
export interface PortalSettings {
  ledgerUrl: string;
  readApiUrl: string;
  homeArea: string;
  secureCookies: boolean;
  grievanceLimits: GrievanceLimits;
  /** Signs form tokens and CSRF tokens (see form-token.ts). */
  formSecret: Buffer;
}
