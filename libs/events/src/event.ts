import type { z } from 'zod';

/** A domain event as deciders produce it and projections consume it: a stable type and its data. */
export interface Event<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * One version of one event type: the contract. Old versions stay in the catalogue forever (the log
 * is never rewritten) and each has an upcaster to the next version.
 */
export interface EventDefinition<Type extends string = string, Data = unknown> {
  type: Type;
  version: number;
  schema: z.ZodType<Data>;
}

export function defineEvent<Type extends string, Schema extends z.ZodType>(
  type: Type,
  version: number,
  schema: Schema,
): EventDefinition<Type, z.infer<Schema>> {
  // Only the output type matters to readers; zod's input type parameter would leak into every signature.
  return { type, version, schema: schema as unknown as z.ZodType<z.infer<Schema>> };
}

/** Turns version n's data into version n+1's. Pure, total, and tested with the real old shape. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}
