import type { Pseudonymise } from '@saksi/events';
import { readTimeline, streamsOfArea, type TimelinePage } from '@saksi/projections';
import type { DataSource } from 'typeorm';

/**
 * A programme's records in one village up to a position, as a forum audits them: the programme's
 * own stream (this village's allocation only), its families, sessions and grievances.
 */
export async function villageTimeline(
  dataSource: DataSource,
  pseudonymise: Pseudonymise,
  query: { village: string; programmeId: string; upTo: number; after: number; limit: number },
): Promise<TimelinePage> {
  const programmeStream = `programme-${query.programmeId}`;
  const streamIds = await streamsOfArea(dataSource.manager, query.village, query.programmeId);
  return readTimeline(dataSource, pseudonymise, {
    streamIds,
    audience: 'forum',
    after: query.after,
    upTo: query.upTo,
    limit: query.limit,
    keep: (event) => {
      if (event.streamId !== programmeStream) return true;
      const village = (event.data as { villageCode?: unknown } | null)?.villageCode;
      return village === undefined || village === query.village;
    },
  });
}
