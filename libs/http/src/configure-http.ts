import { HttpAdapterHost } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { answerClientErrorsWithProblems } from './problem/client-error.problem.js';
import { ProblemDetailsFilter } from './problem/problem-details.filter.js';
import { refuseInvalidUtf8 } from './validation/utf8-body.js';
import { ZodValidationPipe } from './validation/zod-validation.pipe.js';

/** JSON bodies and the portal's forms; CSV imports have their own route and limit (SAKSI_IMPORT_LIMIT_MB). */
export const JSON_BODY_LIMIT = '1mb';

/**
 * The HTTP edge every Saksi app shares. Call once, right after creating the app and before
 * `setupOpenApi()` and `listen()`: Nest accepts the security headers only before init.
 */
export function configureHttp(app: NestExpressApplication): NestExpressApplication {
  // Nest 12's own security headers (helmet's set), registered first so that every response carries
  // them, errors and 404s included. X-Powered-By goes with them.
  app.useSecurityHeaders({
    xContentTypeOptions: true,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    contentSecurityPolicy: {
      directives: {
        frameAncestors: ["'none'"],
        // A village office may serve Saksi over plain HTTP on its own network; upgrading every
        // request to HTTPS there would break the pages (including /api/docs).
        upgradeInsecureRequests: null,
      },
    },
  });
  app.disable('x-powered-by');
  // Registered before init, so Nest does not add its default 100 kB JSON parser.
  // Nest leaves `verify` out of the type because its rawBody option would replace it; Saksi does not
  // use rawBody (a variable, not a literal, so the extra property is allowed). The hook refuses bytes
  // that are not UTF-8 instead of decoding them to U+FFFD.
  const json = { limit: JSON_BODY_LIMIT, verify: refuseInvalidUtf8 };
  app.useBodyParser('json', json);
  // The portal's forms are flat fields: the plain parser, and the same limit the 413 message names.
  app.useBodyParser('urlencoded', { limit: JSON_BODY_LIMIT, extended: false });
  trustProxy(app, process.env['SAKSI_TRUST_PROXY']);
  answerClientErrorsWithProblems(app.getHttpServer());
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(HttpAdapterHost)));
  app.useGlobalPipes(new ZodValidationPipe());
  return app;
}

/**
 * Behind a reverse proxy every client seems to come from the proxy, and the limits per client
 * address would count them all as one. SAKSI_TRUST_PROXY names the proxies Express may believe
 * about X-Forwarded-For: how many hops (`1`), or their addresses (`loopback, 10.0.0.0/8`). Unset,
 * nothing a client sends is believed.
 */
function trustProxy(app: NestExpressApplication, setting: string | undefined): void {
  const value = setting?.trim();
  if (!value) return;
  app.set('trust proxy', /^\d+$/.test(value) ? Number(value) : value);
}
