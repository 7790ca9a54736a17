import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import type { Request, Response } from 'express';
import type { Html } from '../render/html.js';
import { layout } from '../render/layout.html.js';
import { PortalSessions, type Session } from '../security/session.js';
import type { Lang } from '../text/language.js';

/**
 * How long a page may be kept. `public`: figures, kept a minute and then re-validated with their
 * ETag (a 304 costs a phone a few hundred bytes); `private` for the same page seen by someone
 * signed in (its menu holds their CSRF token); `no-store` for forms with tokens, grievance answers
 * and everything behind the login.
 */
export type Caching = 'public' | 'private' | 'no-store';

const CACHE_CONTROL: Record<Caching, string> = {
  public: 'public, max-age=60',
  private: 'private, no-cache',
  'no-store': 'no-store',
};

export interface PageOptions {
  lang: Lang;
  caching: Caching;
  status?: number;
  /** How far into the log the page's figures reach. */
  reach?: number | undefined;
  /** The session if the handler already has it; otherwise it is looked up from the cookie. */
  session?: Session | undefined;
}

@Injectable()
export class PageRenderer {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PortalSessions) private readonly sessions: PortalSessions,
  ) {}

  /** Frames the page, publishes the log head (read last, so it is never behind the figures) and sends it. */
  async send(
    request: Request,
    response: Response,
    page: { title: string; body: Html },
    options: PageOptions,
  ): Promise<void> {
    const session = options.session ?? (await this.sessions.of(request));
    const head = await this.store.head();
    const markup = layout({
      lang: options.lang,
      title: page.title,
      url: request.originalUrl,
      head,
      reach: options.reach,
      session,
      body: page.body,
    });
    const caching = session && options.caching === 'public' ? 'private' : options.caching;
    response.status(options.status ?? 200);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Content-Language', options.lang);
    response.setHeader('Cache-Control', CACHE_CONTROL[caching]);
    response.setHeader('Vary', 'Cookie');
    // Express adds an ETag and answers 304 when the phone's copy is still the same.
    response.send(markup);
  }
}

/** A table as a CSV download, cached like the page it belongs to. */
export function sendCsvFile(response: Response, file: string, csv: string): void {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${file.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  );
  response.setHeader('Cache-Control', CACHE_CONTROL.public);
  response.send(csv);
}
