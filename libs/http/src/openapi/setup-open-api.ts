import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/docs';
/** The name routes use in `@ApiSecurity()` / `@ApiBearerAuth()` if they ever need it per route. */
export const ACCESS_KEY_SECURITY = 'access-key';

export interface OpenApiOptions {
  title: string;
  version: string;
  description?: string;
}

/**
 * Serves the API description: the UI at /api/docs and the document at /api/docs-json. Bodies
 * declared as `@Body({ schema })` with zod are described from the same schema that validates them.
 * Call before `app.listen()`; the document is built on the first request, after every route exists.
 */
export function setupOpenApi(app: INestApplication, options: OpenApiOptions): void {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setVersion(options.version)
    .setDescription(
      options.description ??
        'Saksi: the tamper-evident record of programme actions. Errors are RFC 9457 problem details ' +
          '(application/problem+json) with a stable `code` and a message in Indonesian and English.',
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'saksi_<id>_<secret>',
        description:
          'A Saksi access key, sent as `Authorization: Bearer <key>`. Public routes accept no key.',
      },
      ACCESS_KEY_SECURITY,
    )
    // Either a key or nothing: which routes demand a key is the access guard's decision per route.
    .addSecurityRequirements(ACCESS_KEY_SECURITY)
    .addSecurityRequirements({})
    .build();
  SwaggerModule.setup(OPENAPI_PATH, app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: `${OPENAPI_PATH}-json`,
    raw: ['json'],
    customSiteTitle: options.title,
  });
}
