import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@saksi/access';
import { DATA_SOURCE } from '@saksi/database';
import { entityId, type Pseudonymise } from '@saksi/events';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { streamsOfArea } from '../history/area-streams.js';
import { readTimeline, type TimelinePage } from '../history/timeline.js';
import { PSEUDONYMISE } from '../nest/pseudonymise.token.js';
import { timelineParams } from './query-params.js';
import { assertMayReadVillage, FORUM_TIER } from './read-access.js';
import { ReadApiError } from './read-api.errors.js';
import { assertVillageCode } from './village-code.js';

const pageQuery = z.strictObject(timelineParams);
const villageQuery = z.strictObject({ programme: entityId, ...timelineParams });
type Page = z.infer<typeof pageQuery>;

/**
 * What an oversight forum audits: every recorded event of a family, a village or a training
 * session, with its position, who recorded it, from where, and its hash. Pseudonymous (initials,
 * masked NIK); an operator sees only the villages on their key.
 */
@ApiTags('history')
@Controller('api/v1/history')
@Roles(...FORUM_TIER)
export class HistoryController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PSEUDONYMISE) private readonly pseudonymise: Pseudonymise,
  ) {}

  @Get('kpm/:kpmId')
  @ApiOperation({
    summary: "A family's (KPM) history, disclosures of its personal data included / Riwayat KPM",
  })
  async kpm(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Query({ schema: pageQuery }) page: Page,
    @CurrentActor() actor: Actor,
  ): Promise<TimelinePage> {
    const [family] = await this.dataSource.query<{ village_code: string }[]>(
      'select village_code from kpm_view where kpm_id = $1',
      [kpmId],
    );
    if (!family) throw ReadApiError.kpmNotFound(kpmId);
    assertMayReadVillage(actor, family.village_code);
    return this.timeline([`kpm-${kpmId}`, `disclosure-${kpmId}`], page);
  }

  @Get('villages/:code')
  @ApiOperation({
    summary: "A programme's history in one village: set-up, families, training, grievances / Riwayat desa",
  })
  async village(
    @Param('code', { schema: z.string().max(20) }) code: string,
    @Query({ schema: villageQuery }) query: z.infer<typeof villageQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<TimelinePage> {
    assertMayReadVillage(actor, assertVillageCode(code));
    const programmeStream = `programme-${query.programme}`;
    const streamIds = await streamsOfArea(this.dataSource.manager, code, query.programme);
    // The programme's own stream holds every village's allocation: keep this village's and the rest.
    return this.timeline(streamIds, query, (event) => {
      if (event.streamId !== programmeStream) return true;
      const village = (event.data as { villageCode?: unknown } | null)?.villageCode;
      return village === undefined || village === code;
    });
  }

  @Get('training/:sessionId')
  @ApiOperation({ summary: 'A training session’s history: schedule, attendance, held / Riwayat pelatihan' })
  async training(
    @Param('sessionId', { schema: entityId }) sessionId: string,
    @Query({ schema: pageQuery }) page: Page,
    @CurrentActor() actor: Actor,
  ): Promise<TimelinePage> {
    const [session] = await this.dataSource.query<{ village_code: string }[]>(
      'select village_code from training_session_view where session_id = $1',
      [sessionId],
    );
    if (!session) throw ReadApiError.trainingNotFound(sessionId);
    assertMayReadVillage(actor, session.village_code);
    return this.timeline([`training-${sessionId}`], page);
  }

  private timeline(
    streamIds: string[],
    page: Page,
    keep?: Parameters<typeof readTimeline>[2]['keep'],
  ): Promise<TimelinePage> {
    return readTimeline(this.dataSource, this.pseudonymise, {
      streamIds,
      audience: 'forum',
      after: page.after,
      upTo: page.upTo,
      limit: page.limit,
      ...(keep ? { keep } : {}),
    });
  }
}
