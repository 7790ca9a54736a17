import { entityId } from '@saksi/events';
import { z } from 'zod';

/**
 * The query parameters the read API shares. They check shape only: an area code and a period are
 * then parsed by areaLevel() and parsePeriod(), whose refusals name what to write instead.
 */
export const areaParam = z.string().max(20).default('');
export const periodParam = z.string().min(1).max(10);
export const positionParam = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const limitParam = z.coerce.number().int().min(1).max(1_000);
export const formatParam = z.enum(['json', 'csv']).default('json');

/** Which programme, where and when: what every figure is about. */
export const scopeParams = { programme: entityId, area: areaParam, period: periodParam };

/** A past point of the log: a position, or the end of a day (WIB); never both. */
export const asOfParams = { asOfPosition: positionParam.optional(), asOfDate: z.iso.date().optional() };

/** Paging over the log: events after `after`, at most `limit`, up to position `upTo`. */
export const timelineParams = {
  after: positionParam.optional(),
  limit: limitParam.optional(),
  upTo: positionParam.optional(),
};
