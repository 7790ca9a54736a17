import { loadAreaDirectory } from '@saksi/area';
import { type ApiCommand, YearGenerator } from '@saksi/generator';

/** One command of the load, with what the ledger must record for it. */
export interface PlannedCommand {
  /** Its place in the generated order. */
  seq: number;
  command: ApiCommand;
  /**
   * The stream the generator recorded it on. Commands on one stream are sent in order, each only
   * once the one before it has a success answer, as a village office's client would.
   */
  subject: string;
  /** The event type the ledger records for it. */
  type: string;
  /** The generator's fingerprint of the request (metadata.requestHash), to find an altered one. */
  requestHash: string;
  /** The generated id of the grievance it files or answers, which the ledger may name otherwise. */
  grievanceId?: string;
}

export interface CommandPlanOptions {
  /** An official area code; its first villages in code order are taken. */
  area: string;
  villages: number;
  seed: number;
  /** Planted anomalies per village and rule, on average (the generator's default when absent). */
  anomalyRate?: number;
}

/**
 * A realistic stream of commands: `saksi generate`'s year for some real villages (the programme's
 * own commands first, then village after village in log order), planted anomalies included, so the
 * sentinel has alerts to raise.
 */
export async function planCommands(options: CommandPlanOptions): Promise<PlannedCommand[]> {
  const generator = new YearGenerator(await loadAreaDirectory(), {
    area: options.area,
    villages: options.villages,
    seed: options.seed,
    ...(options.anomalyRate === undefined ? {} : { anomalyRate: options.anomalyRate }),
  });
  const planned: PlannedCommand[] = [];
  for (const village of generator.villages())
    for (const { streamId, event, command } of village.events) {
      const grievanceId = (event.data as { grievanceId?: unknown }).grievanceId;
      planned.push({
        seq: planned.length,
        command,
        subject: streamId,
        type: event.type,
        requestHash: event.metadata.requestHash!,
        ...(typeof grievanceId === 'string' ? { grievanceId } : {}),
      });
    }
  return planned;
}
