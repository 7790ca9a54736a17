import type { z } from 'zod';

/** A domain event as deciders produce it and projections consume it: a stable type and its data. */
export interface Event<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * One version of one event type: the contract. Old versions stay in the catalogue forever (the log
 * is never rewritten) and each has an upcaster to the next version. The schema keeps its concrete
 * type, so the HTTP edge can derive request bodies from it (omit the ids that come in the path).
 */
export interface EventDefinition<Type extends string = string, Schema extends z.ZodType = z.ZodType> {
  type: Type;
  version: number;
  schema: Schema;
  /**
   * What a stored event is read with, when it must accept more than a new one: the catalogue derives
   * it from the personal-data policy (erased fields absent) unless a definition gives its own.
   */
  stored?: z.ZodType;
}

export function defineEvent<Type extends string, Schema extends z.ZodType>(
  type: Type,
  version: number,
  schema: Schema,
  stored?: z.ZodType,
): EventDefinition<Type, Schema> {
  return { type, version, schema, ...(stored ? { stored } : {}) };
}

/** Turns version n's data into version n+1's. Pure, total, and tested with the real old shape. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}
