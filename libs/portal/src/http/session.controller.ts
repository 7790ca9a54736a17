import { Body, Controller, Get, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Actor, Public, RequestLimits } from '@saksi/access';
import { clientAddress, LimitExceeded, setRetryAfter } from '@saksi/http';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { loginPage } from '../pages/login.page.js';
import { PortalError } from '../portal.errors.js';
import { href } from '../render/url.js';
import { checkFormToken, csrfMatches, issueFormToken } from '../security/form-token.js';
import { assertSameOrigin } from '../security/same-origin.js';
import {
  clearedSessionCookie,
  readCookie,
  SESSION_COOKIE,
  sessionCookie,
} from '../security/session-cookie.js';
import { PORTAL_ROLES, PortalSessions } from '../security/session.js';
import { langParam, type Lang } from '../text/language.js';
import { OVERSIGHT } from '../text/oversight.text.js';
import { PageRenderer } from './page-renderer.js';
import { PortalContext } from './portal-context.js';
import { PortalErrorFilter } from './portal-error.filter.js';

const PURPOSE = 'login';
const loginQuery = z.object({ lanjut: z.string().max(500).default(''), lang: langParam });
const login = z.object({
  t: z.string().max(100).default(''),
  lanjut: z.string().max(500).default(''),
  kunci: z.string().max(200).default(''),
});
const langQuery = z.object({ lang: langParam });
const logout = z.object({ _csrf: z.string().max(100).default('') });

/** Only a path of the signed-in area may follow a login: never another site. */
function nextPath(requested: string, lang: Lang): string {
  return /^\/pengawasan(\/|\?|$)/.test(requested) ? requested : href('/pengawasan', {}, lang);
}

/** `/masuk` and `/keluar`: a forum member or an inspector pastes their access key; it lives in an HttpOnly cookie. */
@ApiExcludeController()
@Controller()
@Public()
@UseFilters(PortalErrorFilter)
export class SessionController {
  constructor(
    @Inject(PortalContext) private readonly context: PortalContext,
    @Inject(PageRenderer) private readonly pages: PageRenderer,
    @Inject(PortalSessions) private readonly sessions: PortalSessions,
    @Inject(RequestLimits) private readonly limits: RequestLimits,
  ) {}

  @Get('masuk')
  form(
    @Query({ schema: loginQuery }) query: z.infer<typeof loginQuery>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.show(request, response, query.lang, query.lanjut, undefined, 200);
  }

  @Post('masuk')
  async login(
    @Query({ schema: langQuery }) query: z.infer<typeof langQuery>,
    @Body({ schema: login }) body: z.infer<typeof login>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { lang } = query;
    assertSameOrigin(request);
    const verdict = checkFormToken(this.context.settings.formSecret, PURPOSE, body.t, Date.now(), {
      minMs: 0,
      maxMs: 3_600_000,
    });
    if (verdict !== 'ok')
      return this.show(request, response, lang, body.lanjut, PortalError.csrfRefused().text[lang], 403);
    const key = body.kunci.trim();
    let actor: Actor | undefined;
    try {
      // A wrong key counts against the address as one sent to the API does: pasting guesses here
      // is no cheaper than sending them there.
      actor = key ? await this.limits.authenticate(key, clientAddress(request)) : undefined;
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      setRetryAfter(response, error);
      return this.show(request, response, lang, body.lanjut, error.problem.message[lang], 429);
    }
    if (!actor)
      return this.show(request, response, lang, body.lanjut, PortalError.keyRefused().text[lang], 401);
    if (!(PORTAL_ROLES as readonly string[]).includes(actor.role))
      return this.show(request, response, lang, body.lanjut, OVERSIGHT[lang].login.wrongRole, 403);
    response.setHeader('Set-Cookie', sessionCookie(key, this.sessions.secure(request)));
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(303, nextPath(body.lanjut, lang));
  }

  @Post('keluar')
  logout(
    @Query({ schema: langQuery }) query: z.infer<typeof langQuery>,
    @Body({ schema: logout }) body: z.infer<typeof logout>,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    assertSameOrigin(request);
    const key = readCookie(request.headers.cookie, SESSION_COOKIE);
    // Another site must not be able to sign someone out either.
    if (key && !csrfMatches(this.context.settings.formSecret, key, body._csrf))
      throw PortalError.csrfRefused();
    response.setHeader('Set-Cookie', clearedSessionCookie(this.sessions.secure(request)));
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(303, href('/', {}, query.lang));
  }

  private show(
    request: Request,
    response: Response,
    lang: Lang,
    next: string,
    problem: string | undefined,
    status: number,
  ): Promise<void> {
    const token = issueFormToken(this.context.settings.formSecret, PURPOSE, Date.now());
    return this.pages.send(request, response, loginPage(lang, token, nextPath(next, lang), problem), {
      lang,
      caching: 'no-store',
      status,
      session: undefined,
    });
  }
}
