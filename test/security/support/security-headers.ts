/** What every answer must carry, whoever wrote it: Nest, a filter, Express, Node or a bare server. */
export function securityHeaderProblems(
  headers: Record<string, string | string[] | undefined> | Headers,
): string[] {
  const get = (name: string) =>
    (headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined)) ?? undefined;
  const problems: string[] = [];
  const expectHeader = (name: string, test: (value: string) => boolean) => {
    const value = get(name);
    if (value === undefined || !test(value)) problems.push(`${name}: ${value ?? '(none)'}`);
  };
  expectHeader('x-content-type-options', (value) => value === 'nosniff');
  expectHeader('x-frame-options', (value) => value === 'DENY');
  expectHeader('referrer-policy', (value) => value === 'no-referrer');
  expectHeader('cross-origin-resource-policy', (value) => value === 'same-origin');
  expectHeader('content-security-policy', (value) => value.includes("frame-ancestors 'none'"));
  if (get('x-powered-by') !== undefined) problems.push('x-powered-by is sent');
  return problems;
}
