import { Inject, Injectable } from '@nestjs/common';
import { AREA_DIRECTORY, type AreaDirectory } from '@saksi/area';
import { DATA_SOURCE } from '@saksi/database';
import type { Pseudonymise } from '@saksi/events';
import { parsePeriod, type Period, PSEUDONYMISE } from '@saksi/projections';
import type { DataSource } from 'typeorm';
import { PortalError } from '../portal.errors.js';
import { PORTAL_OPTIONS, type PortalSettings } from '../portal.options.js';
import { areaName, areaTrail, type NamedArea } from '../queries/area-names.js';
import { AreaSearch } from '../queries/area-search.js';
import { chooseProgramme, listProgrammes, type ProgrammeChoice } from '../queries/programmes.query.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';

export interface ChosenScope {
  programmes: ProgrammeChoice[];
  programme: ProgrammeChoice;
  period: Period;
}

/** What every portal controller reads from: the database, the area names, the settings. */
@Injectable()
export class PortalContext {
  readonly search: AreaSearch;

  constructor(
    @Inject(DATA_SOURCE) readonly dataSource: DataSource,
    @Inject(PSEUDONYMISE) readonly pseudonymise: Pseudonymise,
    @Inject(AREA_DIRECTORY) readonly areas: AreaDirectory,
    @Inject(PORTAL_OPTIONS) readonly settings: PortalSettings,
  ) {
    this.search = new AreaSearch(areas);
  }

  areaName(code: string, lang: Lang): string {
    return areaName(this.areas, code, COMMON[lang].nation);
  }

  trail(code: string, lang: Lang): NamedArea[] {
    return areaTrail(this.areas, code, COMMON[lang].nation);
  }

  /**
   * The programme asked for (or the newest) and the period (or the programme's year); undefined
   * when no programme is recorded yet. An unknown programme is a page that does not exist.
   */
  async scope(programme: string | undefined, period: string | undefined): Promise<ChosenScope | undefined> {
    const programmes = await listProgrammes(this.dataSource);
    if (programmes.length === 0) return undefined;
    const chosen = chooseProgramme(programmes, programme);
    if (!chosen) throw PortalError.notFound();
    return { programmes, programme: chosen, period: parsePeriod(period || String(chosen.year)) };
  }
}
