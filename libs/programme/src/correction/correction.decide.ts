import { catalogue, type EventCorrected } from '@saksi/events';
import { SaksiError } from '@saksi/errors';

export class CorrectionError extends SaksiError {
  static targetNotInStream(eventId: string, streamId: string): CorrectionError {
    return new CorrectionError(
      'CORRECTION.TARGET_NOT_FOUND',
      'not-found',
      {
        id: `Peristiwa ${eventId} yang hendak dikoreksi tidak ada di catatan ${streamId}.`,
        en: `Event ${eventId}, to be corrected, is not in the record ${streamId}.`,
      },
      { eventId, streamId },
    );
  }

  static correctionOfCorrection(): CorrectionError {
    return new CorrectionError('CORRECTION.OF_CORRECTION', 'invalid', {
      id: 'Koreksi tidak dapat dikoreksi lagi; koreksilah peristiwa aslinya.',
      en: 'A correction cannot be corrected; correct the original event instead.',
    });
  }
}

export interface CorrectionTarget {
  eventId: string;
  type: string;
  data: unknown;
}

/**
 * A correction names an event of the same stream, and the event with the corrected fields must still
 * be a valid event of its type: a field that type does not have, or a wrong value, is refused.
 * `streamEvents` are in their current version (read through the catalogue).
 */
export function decideCorrection(
  streamId: string,
  command: Omit<EventCorrected['data'], 'correctsType'>,
  streamEvents: CorrectionTarget[],
): EventCorrected[] {
  const target = streamEvents.find((event) => event.eventId === command.correctsEventId);
  if (!target) throw CorrectionError.targetNotInStream(command.correctsEventId, streamId);
  if (target.type === 'event.corrected') throw CorrectionError.correctionOfCorrection();
  const corrected = { type: target.type, data: { ...(target.data as object), ...command.fields } };
  // Once a family's personal data is erased its original lacks it: the correction is then checked
  // as a stored event is read, so what is not personal can still be put right.
  if (isComplete(target)) catalogue.validate(corrected);
  else catalogue.read({ ...corrected, schemaVersion: catalogue.currentVersion(target.type) });
  return [{ type: 'event.corrected', data: { ...command, correctsType: target.type } }];
}

function isComplete(target: CorrectionTarget): boolean {
  try {
    catalogue.validate({ type: target.type, data: target.data });
    return true;
  } catch {
    return false;
  }
}
