import { HttpAdapterHost } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ProblemDetailsFilter } from './problem/problem-details.filter.js';
import { ZodValidationPipe } from './validation/zod-validation.pipe.js';

/** JSON bodies only; CSV imports and evidence files will have their own upload route and limit. */
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
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(HttpAdapterHost)));
  app.useGlobalPipes(new ZodValidationPipe());
  return app;
}
