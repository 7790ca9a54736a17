import { Controller, Get, Header, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@saksi/access';
import { catalogue, entityId, type PersonalDataDisclosed } from '@saksi/events';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { PersonalDataError } from '@saksi/privacy';
import { z } from 'zod';
import { clearRegistration, personalFieldsOf, type Registration } from './clear-registration.js';
import { assertMayReadVillage } from './read-access.js';
import { ReadApiError } from './read-api.errors.js';

const disclosureQuery = z.strictObject({ purpose: z.string().max(200).optional() });

export interface Disclosure {
  kpmId: string;
  registration: Registration;
  /** The event that recorded this reading, before the data was sent. */
  disclosure: { streamId: string; eventId: string; position: number };
}

/**
 * A family's personal data by name (UU 27/2022): only for inspectors, admins and the operators of
 * its village, and only with a stated purpose. Each reading is appended to the log first, on the
 * family's disclosure stream, so a forum sees who looked at whom and why; no record, no data. Once
 * the family's personal data was erased there is nothing to show: 410, and nothing is recorded.
 */
@ApiTags('personal data')
@Controller('api/v1/kpm')
export class PersonalDataController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get(':kpmId/personal-data')
  @Roles('inspector', 'admin', 'operator')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "A family's registration by name; the reading is recorded first / Data pribadi KPM (dicatat)",
  })
  async disclose(
    @Param('kpmId', { schema: entityId }) kpmId: string,
    @Query({ schema: disclosureQuery }) query: z.infer<typeof disclosureQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<Disclosure> {
    const purpose = query.purpose?.trim();
    if (!purpose) throw ReadApiError.purposeRequired();
    const history = await this.store.readStream(`kpm-${kpmId}`);
    const registration = clearRegistration(history);
    if (!registration) throw ReadApiError.kpmNotFound(kpmId);
    assertMayReadVillage(actor, registration.villageCode);
    const erased = history.find((event) => event.type === 'personal-data.erased');
    if (erased) throw PersonalDataError.erased(kpmId, erased.recordedAt);

    const type = 'personal-data.disclosed';
    const { data } = catalogue.validate<PersonalDataDisclosed>({
      type,
      data: { kpmId, purpose, fields: personalFieldsOf(registration) },
    });
    const streamId = `disclosure-${kpmId}`;
    const appended = await this.store.append(
      streamId,
      [
        {
          type,
          schemaVersion: catalogue.currentVersion(type),
          data,
          metadata: { actor: actor.id, source: 'saksi-api' },
          occurredAt: new Date(),
        },
      ],
      'any',
    );
    const [recorded] = appended.events;
    return {
      kpmId,
      registration,
      disclosure: { streamId, eventId: recorded!.eventId, position: recorded!.position },
    };
  }
}
