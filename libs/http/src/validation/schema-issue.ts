/**
 * What any Standard Schema validator reports per problem (zod adds a `code` and details). Declared
 * here so callers need not depend on the spec package.
 */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
  readonly code?: string;
}

export function issuePath(issue: SchemaIssue): PropertyKey[] {
  return (issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment));
}
