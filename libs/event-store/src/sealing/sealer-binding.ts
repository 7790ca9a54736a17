import type { DataSource } from 'typeorm';
import type { EventSealer } from './event-sealer.port.js';

const sealers = new WeakMap<DataSource, EventSealer>();

/**
 * How a database's log is sealed is a property of that database, not of one reader: bound to its
 * DataSource, the sealer is used by every store on it and by readLogWith, so no reader of the log
 * in this process (a rebuild, a history, the relay) can forget to open what it reads.
 */
export function bindSealer(dataSource: DataSource, sealer: EventSealer): void {
  const bound = sealers.get(dataSource);
  if (bound && bound !== sealer) throw new Error('this database already has another sealer');
  sealers.set(dataSource, sealer);
}

export function sealerOf(dataSource: DataSource): EventSealer | undefined {
  return sealers.get(dataSource);
}
