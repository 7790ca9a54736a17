import { Inject, Injectable } from '@nestjs/common';
import { type AreaDirectory, checkNik } from '@saksi/area';
import { type FieldError, RequestInvalid } from '@saksi/http';
import { AREA_DIRECTORY } from './area-directory.provider.js';
import { CLOCK, type Clock } from '../command/clock.port.js';

const EARLIEST_BIRTH = '1900-01-01';
const EARLIEST_PROGRAMME_DATE = '2000-01-01';

/**
 * Checks that need the official area lists or today's date, which a schema alone cannot do. All
 * problems of a request are reported together, so an operator fixes a form in one go.
 */
@Injectable()
export class IdentifierChecks {
  constructor(
    @Inject(AREA_DIRECTORY) private readonly areas: AreaDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Runs the checks the callback asks for and throws REQUEST.INVALID with every problem found. */
  assert(run: (check: IdentifierChecker) => void): void {
    const problems: FieldError[] = [];
    run(new IdentifierChecker(this.areas, this.clock.now(), problems));
    if (problems.length > 0) throw RequestInvalid.withErrors(problems);
  }
}

export class IdentifierChecker {
  private readonly today: string;
  private readonly tomorrow: string;

  constructor(
    private readonly areas: AreaDirectory,
    now: Date,
    private readonly problems: FieldError[],
  ) {
    this.today = now.toISOString().slice(0, 10);
    this.tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  }

  village(path: string, code: string | undefined): this {
    if (code !== undefined && !this.areas.villageExists(code)) {
      this.add(path, 'AREA.UNKNOWN_VILLAGE', {
        id: `Kode desa ${code} tidak ada dalam daftar wilayah resmi.`,
        en: `Village code ${code} is not in the official list of areas.`,
      });
    }
    return this;
  }

  nik(path: string, nik: string, declared: { sex: 'F' | 'M'; birthDate: string }): this {
    for (const problem of checkNik(nik, declared, (code) => this.areas.districtExists(code))) {
      this.add(path, problem.code, problem.text);
    }
    return this;
  }

  birthDate(path: string, date: string | undefined): this {
    return this.dateBetween(path, date, EARLIEST_BIRTH, this.today);
  }

  /** Field dates may be a day ahead: a village in WIT is seven hours ahead of UTC. */
  fieldDate(path: string, date: string | undefined): this {
    return this.dateBetween(path, date, EARLIEST_PROGRAMME_DATE, this.tomorrow);
  }

  private dateBetween(path: string, date: string | undefined, earliest: string, latest: string): this {
    if (date === undefined) return this;
    const day = date.slice(0, 10);
    if (day < earliest || day > latest) {
      this.add(path, 'DATE.OUT_OF_RANGE', {
        id: `Tanggal ${day} di luar rentang yang mungkin (${earliest} sampai ${latest}).`,
        en: `Date ${day} is outside the possible range (${earliest} to ${latest}).`,
      });
    }
    return this;
  }

  private add(path: string, code: string, message: { id: string; en: string }): void {
    this.problems.push({ path, code, message });
  }
}
