import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PortalError } from '../portal.errors.js';
import { PORTAL_OPTIONS, type PortalSettings } from '../portal.options.js';
import type { Lang } from '../text/language.js';

/** The ledger's answer: a write's outcome, or an RFC 9457 problem document. */
export interface LedgerAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface LedgerWrite {
  /** The signed-in person's access key; none for a citizen's grievance. */
  accessKey?: string | undefined;
  /** Derived from the form, so a double-clicked button records once. */
  idempotencyKey: string;
  lang: Lang;
}

/**
 * Writes go through the ledger's public HTTP API, exactly as any other client's: the same checks,
 * the same access rules, the same Idempotency-Key handling, and the portal never appends to the log
 * itself. In the embedded default, 'self' is this process's own address.
 */
@Injectable()
export class LedgerClient {
  constructor(
    @Inject(PORTAL_OPTIONS) private readonly settings: PortalSettings,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
  ) {}

  async post(path: string, body: unknown, write: LedgerWrite): Promise<LedgerAnswer> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl()}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-language': write.lang,
          'idempotency-key': write.idempotencyKey,
          ...(write.accessKey ? { authorization: `Bearer ${write.accessKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
    } catch {
      throw PortalError.ledgerUnreachable();
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (parsed === null || typeof parsed !== 'object') throw PortalError.ledgerUnreachable();
    return { status: response.status, body: parsed as Record<string, unknown> };
  }

  private baseUrl(): string {
    if (this.settings.ledgerUrl !== 'self') return this.settings.ledgerUrl.replace(/\/+$/, '');
    const server = this.adapterHost.httpAdapter.getHttpServer() as {
      address(): { address: string; family: string; port: number } | string | null;
    };
    const address = server.address();
    if (address === null || typeof address === 'string') throw PortalError.ledgerUnreachable();
    // Listening on every interface: the loopback one is always among them.
    const host =
      address.address === '0.0.0.0' || address.address === '::'
        ? address.family === 'IPv6'
          ? '[::1]'
          : '127.0.0.1'
        : address.family === 'IPv6'
          ? `[${address.address}]`
          : address.address;
    return `http://${host}:${address.port}`;
  }
}
