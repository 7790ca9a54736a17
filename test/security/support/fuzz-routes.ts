import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ACCESS_POLICY, type AccessPolicy, ADMIN_ONLY } from '@saksi/access';
import type { z } from 'zod';

/** Nest's RouteParamtypes for @Body, @Query and @Param (@nestjs/common/enums/route-paramtypes.enum). */
const BODY = 3;
const QUERY = 4;
const PARAM = 5;
const READS = new Set(['get', 'head', 'options']);

/** A write route as Express serves it, with what its handler declares: schemas and who may call it. */
export interface WriteRoute {
  /** `POST /api/v1/beneficiaries/:kpmId/death` */
  key: string;
  method: string;
  path: string;
  /** Under /api: answers problem documents. The portal's forms answer pages. */
  api: boolean;
  body?: z.ZodType;
  query?: z.ZodType;
  params: Record<string, z.ZodType>;
  policy: AccessPolicy;
}

interface Declared {
  body?: z.ZodType;
  query?: z.ZodType;
  params: Record<string, z.ZodType>;
  policy: AccessPolicy;
}

/**
 * Every POST, PUT, PATCH and DELETE that Express really registered (so a new write route is fuzzed
 * without anyone listing it), each joined to its Nest handler's metadata. A route Express serves
 * but no controller declares keeps empty metadata and is fuzzed all the same.
 */
export function writeRoutes(app: NestExpressApplication): WriteRoute[] {
  const declared = declaredHandlers(app);
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const routes: WriteRoute[] = [];
  for (const { route } of express.router.stack) {
    if (!route) continue;
    for (const method of Object.keys(route.methods).filter((name) => !READS.has(name))) {
      const key = `${method.toUpperCase()} ${route.path}`;
      const handler = declared.get(key) ?? { params: {}, policy: ADMIN_ONLY };
      routes.push({
        key,
        method: method.toUpperCase(),
        path: route.path,
        api: route.path.startsWith('/api/'),
        ...handler,
      });
    }
  }
  return routes;
}

function declaredHandlers(app: NestExpressApplication): Map<string, Declared> {
  const handlers = new Map<string, Declared>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || !Reflect.hasMetadata(METHOD_METADATA, handler)) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = joinPath(prefix, String(Reflect.getMetadata(PATH_METADATA, handler) ?? ''));
        handlers.set(`${method} ${path}`, {
          ...argumentSchemas(controller, name),
          policy:
            (Reflect.getMetadata(ACCESS_POLICY, handler) as AccessPolicy | undefined) ??
            (Reflect.getMetadata(ACCESS_POLICY, controller) as AccessPolicy | undefined) ??
            ADMIN_ONLY,
        });
      }
    }
  }
  return handlers;
}

function argumentSchemas(controller: object, name: string): Omit<Declared, 'policy'> {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
    string,
    { data?: string; schema?: z.ZodType }
  >;
  const declared: Omit<Declared, 'policy'> = { params: {} };
  for (const [slot, { data, schema }] of Object.entries(args)) {
    const type = Number(slot.split(':')[0]);
    if (!schema) continue;
    if (type === BODY) declared.body = schema;
    if (type === QUERY) declared.query = schema;
    if (type === PARAM && data) declared.params[data] = schema;
  }
  return declared;
}

function joinPath(prefix: string, path: string): string {
  const joined = `/${[prefix, path].filter((part) => part !== '' && part !== '/').join('/')}`;
  return joined.replace(/\/+/g, '/');
}
