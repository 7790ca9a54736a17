import { z } from 'zod';

/**
 * The schema with the fields at `paths` made optional (`[]` walks an array's elements): what a
 * stored event may lack once its subject's personal data was erased. The rest of the schema, its
 * strictness and its limits, stay as they are. Fails at start-up for a path the schema cannot take.
 */
export function withErasableFields(schema: z.ZodType, paths: readonly string[]): z.ZodType {
  return paths.reduce((current, path) => optionalAt(current, path.split('.'), path), schema);
}

function optionalAt(schema: z.ZodType, segments: string[], path: string): z.ZodType {
  const [head, ...rest] = segments as [string, ...string[]];
  if (schema instanceof z.ZodOptional)
    return optionalAt(schema.unwrap() as z.ZodType, segments, path).optional();
  if (!(schema instanceof z.ZodObject)) throw new Error(`cannot make "${path}" erasable: not an object`);
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  const field = schema.shape[key] as z.ZodType | undefined;
  if (!field) throw new Error(`cannot make "${path}" erasable: the schema has no "${key}"`);
  let replaced: z.ZodType;
  if (isArray) replaced = arrayOf(field, (element) => optionalAt(element, rest, path));
  else if (rest.length > 0) replaced = optionalAt(field, rest, path);
  else replaced = field.optional();
  return schema.extend({ [key]: replaced });
}

function arrayOf(schema: z.ZodType, change: (element: z.ZodType) => z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional) return arrayOf(schema.unwrap() as z.ZodType, change).optional();
  if (!(schema instanceof z.ZodArray)) throw new Error('cannot make an element erasable: not an array');
  // A clone keeps the array's own limits (at most 30 members, say).
  return schema.clone({ ...schema._zod.def, element: change(schema.element as z.ZodType) });
}
