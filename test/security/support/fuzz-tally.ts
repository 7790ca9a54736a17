import type { Figure } from '@saksi/testing';

/** What the fuzz sent and what came back, for the report and RELIABILITY.md. */
export class FuzzTally {
  private readonly statuses = new Map<number, number>();
  private readonly families = new Map<string, number>();
  private readonly routes = new Set<string>();
  inputs = 0;
  accepted = 0;
  refused = 0;
  mustRefuse = 0;

  count(route: string, family: string, status: number, expected: 'refused' | 'either'): void {
    this.routes.add(route);
    this.inputs++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    // `body:replace` counts as `body`; a family without a colon counts as itself.
    const kind = family.split(':')[0]!;
    this.families.set(kind, (this.families.get(kind) ?? 0) + 1);
    if (status < 400) this.accepted++;
    else this.refused++;
    if (expected === 'refused') this.mustRefuse++;
  }

  figures(extra: Record<string, Figure> = {}): Record<string, Figure> {
    const byStatus = [...this.statuses].sort(([a], [b]) => a - b);
    const byFamily = [...this.families].sort(([a], [b]) => a.localeCompare(b));
    return {
      endpoints: this.routes.size,
      inputs: this.inputs,
      refused4xx: this.refused,
      accepted: this.accepted,
      inputsThatMustBeRefused: this.mustRefuse,
      answers5xx: byStatus.filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0),
      ...Object.fromEntries(byStatus.map(([status, n]) => [`status${status}`, n])),
      ...Object.fromEntries(byFamily.map(([family, n]) => [`family ${family}`, n])),
      ...extra,
    };
  }
}
