import type { z } from 'zod';
import { withErasableFields } from './erasable-schema.js';
import type { Event, EventDefinition, Upcaster } from './event.js';
import { EventCatalogueError } from './event-catalogue.errors.js';

export interface StoredEventShape {
  type: string;
  schemaVersion: number;
  data: unknown;
}

/**
 * Every event type and version Saksi has ever written. Writing uses the newest version of a type;
 * reading brings any older version up to the newest through the upcasters, then validates it, so
 * consumers only ever see the current shape.
 */
export class EventCatalogue {
  private readonly byType = new Map<string, Map<number, EventDefinition>>();
  private readonly upcasters = new Map<string, Upcaster>();
  /** By type and version: the schema a stored event is read with (see EventDefinition.stored). */
  private readonly storedSchemas = new Map<string, z.ZodType>();

  /** `erasable` names, by type, the fields a stored event may lack once its personal data is erased. */
  constructor(
    definitions: EventDefinition[],
    upcasters: Upcaster[],
    erasable: Partial<Record<string, Record<string, unknown>>> = {},
  ) {
    for (const definition of definitions) {
      const versions = this.byType.get(definition.type) ?? new Map<number, EventDefinition>();
      if (versions.has(definition.version))
        throw new Error(`${definition.type} v${definition.version} is defined twice`);
      versions.set(definition.version, definition);
      this.byType.set(definition.type, versions);
      const paths = Object.keys(erasable[definition.type] ?? {});
      this.storedSchemas.set(
        key(definition.type, definition.version),
        definition.stored ?? withErasableFields(definition.schema, paths),
      );
    }
    for (const upcaster of upcasters) this.upcasters.set(key(upcaster.type, upcaster.fromVersion), upcaster);
    this.assertComplete();
  }

  types(): string[] {
    return [...this.byType.keys()].sort();
  }

  currentVersion(type: string): number {
    const versions = this.byType.get(type);
    if (!versions) throw EventCatalogueError.unknownType(type, 0);
    return Math.max(...versions.keys());
  }

  /** Checks data against the newest version of its type; returns the parsed (trimmed) data. */
  validate<E extends Event>(event: E): E {
    const version = this.currentVersion(event.type);
    return { type: event.type, data: this.parse(event.type, version, event.data) } as E;
  }

  /**
   * An event as stored, of any version, brought to the newest version and validated. Personal
   * fields may be absent: the log still holds them sealed, but their subject's key was destroyed.
   */
  read(stored: StoredEventShape): Event {
    const event = this.upcast(stored);
    const version = this.currentVersion(event.type);
    return { type: event.type, data: this.parse(event.type, version, event.data, 'stored') };
  }

  /**
   * Brought to the newest version without validating: for consumers of relayed events, whose
   * personal fields were already treated (initials, tokens) and so no longer match the schema.
   */
  upcast(stored: StoredEventShape): Event {
    const current = this.currentVersion(stored.type);
    if (!this.byType.get(stored.type)?.has(stored.schemaVersion)) {
      throw EventCatalogueError.unknownType(stored.type, stored.schemaVersion);
    }
    let data = stored.data;
    for (let version = stored.schemaVersion; version < current; version++) {
      data = this.upcasters.get(key(stored.type, version))!.upcast(data);
    }
    return { type: stored.type, data };
  }

  private parse(type: string, version: number, data: unknown, as: 'new' | 'stored' = 'new'): unknown {
    const schema =
      as === 'stored'
        ? this.storedSchemas.get(key(type, version))!
        : this.byType.get(type)!.get(version)!.schema;
    const result = schema.safeParse(data);
    if (!result.success) throw EventCatalogueError.schemaViolation(type, result.error.issues);
    return result.data;
  }

  /** Fails at start-up, not at the first old event read, if a version has no way up. */
  private assertComplete(): void {
    for (const [type, versions] of this.byType) {
      const current = Math.max(...versions.keys());
      for (let version = 1; version < current; version++) {
        if (!versions.has(version)) throw new Error(`${type} has no version ${version}`);
        if (!this.upcasters.has(key(type, version))) throw new Error(`${type} v${version} has no upcaster`);
      }
    }
  }
}

function key(type: string, version: number): string {
  return `${type}@${version}`;
}
