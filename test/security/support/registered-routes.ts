import type { NestExpressApplication } from '@nestjs/platform-express';

interface ExpressLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
}

/**
 * Every method and path the running app's Express router holds, as `GET /desa/:code`: the routes
 * Nest mapped from controllers and the ones libraries added themselves (the OpenAPI viewer). HEAD
 * is Express's own answer to every GET and is not listed.
 */
export function registeredRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  const routes: string[] = [];
  for (const { route } of express.router.stack) {
    if (!route) continue;
    if (typeof route.path !== 'string') throw new Error(`a route with a pattern path: ${String(route.path)}`);
    for (const [method, on] of Object.entries(route.methods))
      if (on && method !== '_all') routes.push(`${method.toUpperCase()} ${route.path}`);
  }
  return routes;
}
