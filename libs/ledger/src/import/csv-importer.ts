import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@saksi/access';
import { SaksiError } from '@saksi/errors';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { fieldError } from '@saksi/http';
import canonicalize from 'canonicalize';
import { parse } from 'csv-parse';
import { CommandService } from '../command/command.service.js';
import { IdentifierChecks } from '../http/identifier-checks.js';
import { csvSyntaxError } from './csv-syntax.errors.js';
import { ImportError } from './import.errors.js';
import { columnOf, IMPORT_KINDS, type ImportKind } from './import-kinds.js';
import type { ImportReport, RowError } from './import-report.js';
import { StrictUtf8Lines } from './strict-utf8-lines.js';

const MAX_REPORTED_ERRORS = 1000;
/** A row of any kind is well under 20 kB (a reason holds at most 4,000 characters). */
const MAX_ROW_CHARACTERS = 64 * 1024;
const MAX_ROW_BYTES = 4 * MAX_ROW_CHARACTERS;

/**
 * Imports a CSV file of one kind, streamed row by row (a large file is never held in memory), all
 * in one append session: if any row is bad, the session is rolled back and nothing is recorded, and
 * the report lists every bad row. Each row's events get ids derived from the row's content, so a row
 * imported before is recognised and skipped: importing the same file again changes nothing.
 */
@Injectable()
export class CsvImporter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commands: CommandService,
    private readonly checks: IdentifierChecks,
  ) {}

  static kinds(): string[] {
    return Object.keys(IMPORT_KINDS);
  }

  async import(
    input: Readable,
    kindName: string,
    actor: Actor,
    source = 'csv-import',
  ): Promise<ImportReport> {
    const kind = IMPORT_KINDS[kindName];
    if (!kind) throw ImportError.unknownKind(kindName, CsvImporter.kinds());
    try {
      return await this.store.session(async (session) => {
        const report = await this.importRows(input, kind, actor, source, this.commands.using(session));
        // Throwing rolls the whole session back; the report travels with the error.
        if (report.refused) throw ImportError.refused(report);
        return report;
      });
    } catch (error) {
      input.resume(); // drain what is left, so an upload's sender is not left hanging
      throw error;
    }
  }

  private async importRows(
    input: Readable,
    kind: ImportKind,
    actor: Actor,
    source: string,
    commands: CommandService,
  ): Promise<ImportReport> {
    const report: ImportReport = {
      kind: kind.name,
      rows: 0,
      recorded: 0,
      alreadyImported: 0,
      refused: false,
      errorCount: 0,
      errors: [],
      events: 0,
    };
    const fail = (error: RowError) => {
      report.errorCount++;
      if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push(error);
    };
    // The line the last whole record (the header first) ended on.
    let recordEnd = 0;
    const parser = parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      // Spreadsheets on Windows end lines with CRLF; a file edited elsewhere may mix in bare LFs.
      record_delimiter: ['\r\n', '\n', '\r'],
      max_record_size: MAX_ROW_CHARACTERS,
      columns: (names: string[]) => {
        recordEnd = 1;
        return checkHeader(kind, names);
      },
      // As each record is parsed, not as the loop below reaches it: records still buffered when
      // the parser fails must count.
      on_record: (record: unknown, context: { lines: number }) => {
        recordEnd = context.lines;
        return record;
      },
    });
    const text = new StrictUtf8Lines(MAX_ROW_BYTES);
    // Not pipeline(): it would destroy the upload on an error, and with it the answer's socket.
    text.on('error', (error) => parser.destroy(error));
    input.on('error', (error) => parser.destroy(error));
    input.pipe(text).pipe(parser);
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: Record<string, string>;
        info: { lines: number };
      }>) {
        report.rows++;
        await this.importRow(kind, record, info.lines, actor, source, commands, report, fail);
      }
    } catch (error) {
      if (error instanceof SaksiError) throw error;
      throw csvSyntaxError(error, recordEnd + 1);
    } finally {
      input.unpipe(text);
    }
    if (report.rows === 0) throw ImportError.empty();
    report.refused = report.errorCount > 0;
    return report;
  }

  private async importRow(
    kind: ImportKind,
    record: Record<string, string>,
    line: number,
    actor: Actor,
    source: string,
    commands: CommandService,
    report: ImportReport,
    fail: (error: RowError) => void,
  ): Promise<void> {
    const parsed = kind.schema.safeParse(stripUndefined(kind.toData(record)));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const { path, code, message } = fieldError(issue);
        fail({ line, column: columnOf(path), code, message });
      }
      return;
    }
    try {
      this.checks.assert((check) => kind.check(check, parsed.data));
      const rowKey = createHash('sha256')
        .update(`${kind.name}\n${canonicalize(parsed.data)}`)
        .digest('hex');
      const outcome = await kind.execute(
        commands,
        parsed.data,
        {
          actor,
          route: `import:${kind.name}`,
          request: parsed.data,
          source,
          idempotencyKey: rowKey,
          idempotencyScope: `import|${kind.name}`,
        },
        rowKey,
      );
      if (outcome.duplicate) report.alreadyImported++;
      else report.recorded++;
      report.events += outcome.events.length;
    } catch (error) {
      if (!(error instanceof SaksiError)) throw error;
      const fieldErrors = (
        error as { errors?: { path: string; code: string; message: { id: string; en: string } }[] }
      ).errors;
      if (fieldErrors?.length) {
        for (const field of fieldErrors)
          fail({ line, column: field.path, code: field.code, message: field.message });
      } else {
        fail({ line, column: '', code: error.code, message: error.text });
      }
    }
  }
}

function checkHeader(kind: ImportKind, header: string[]): string[] {
  const columns = header.map((column) => column.trim().toLowerCase());
  const missing = kind.required.filter((column) => !columns.includes(column));
  const unknown = columns.filter(
    (column) => !kind.required.includes(column) && !kind.optional.includes(column),
  );
  // A second column of the same name would silently win over the first.
  const repeated = [...new Set(columns.filter((column, index) => columns.indexOf(column) !== index))];
  if (missing.length || unknown.length || repeated.length)
    throw ImportError.badHeader({ missing, unknown, repeated });
  return columns;
}

/** Empty cells become absent fields, as they would be in a JSON request. */
function stripUndefined(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
