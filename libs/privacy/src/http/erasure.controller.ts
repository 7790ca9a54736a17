import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@saksi/access';
import { DATA_SOURCE } from '@saksi/database';
import { entityId, shortText } from '@saksi/events';
import { EVENT_STORE, type PostgresEventStore } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { type Erasure, eraseFamily } from '../erasure/erase-family.js';

const erasureBody = z.strictObject({
  /** The legal ground: a court order's number, or the family's request under UU 27/2022. No names. */
  reason: shortText,
});

/**
 * Erases a family's personal data (UU 27/2022 on personal data protection, the right to erasure):
 * its data key is destroyed, so its name, NIK, birth dates, KK number and reasons read as absent
 * everywhere, while the log keeps its sealed bytes and `saksi verify` still holds. Administrators
 * only; a second erasure of the same family answers 409 and records nothing.
 */
@ApiTags('personal data')
@Controller('api/v1/kpm')
export class ErasureController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  @Post(':kpmId/erasure')
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    summary: "Erase a family's personal data (UU 27/2022); the log stays verifiable / Hapus data pribadi KPM",
  })
  async erase(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Body({ schema: erasureBody }) body: z.infer<typeof erasureBody>,
    @CurrentActor() actor: Actor,
  ): Promise<Erasure> {
    return eraseFamily(this.store, this.dataSource, {
      kpmId,
      reason: body.reason,
      actor: actor.id,
      source: 'saksi-api',
    });
  }
}
