/** True when `region` ('' for the nation, or an area code) contains the village. */
export function regionCovers(region: string, villageCode: string | null): boolean {
  if (region === '') return true;
  if (villageCode === null) return false;
  return villageCode === region || villageCode.startsWith(`${region}.`);
}

/**
 * The escalation ladder for one village: the subscriptions whose region contains it, grouped by
 * region and ordered from the most specific (level 0: the district, say) to the widest (the nation).
 * Levels are counted over the groups that exist, so a village whose district has no subscriber
 * starts at its regency. An alert without a village reaches only nation-wide subscribers.
 */
export function subscriptionLevels<S extends { region: string }>(
  subscriptions: readonly S[],
  villageCode: string | null,
): S[][] {
  const byRegion = new Map<string, S[]>();
  for (const subscription of subscriptions) {
    if (!regionCovers(subscription.region, villageCode)) continue;
    const group = byRegion.get(subscription.region) ?? [];
    group.push(subscription);
    byRegion.set(subscription.region, group);
  }
  return [...byRegion.entries()].sort(([a], [b]) => depth(b) - depth(a)).map(([, group]) => group);
}

function depth(region: string): number {
  return region === '' ? 0 : region.split('.').length;
}
