import {
  createId,
  createJourneyMap,
  createLane,
  createPersona,
  createStage,
  createTouchpoint,
  type Issue,
  type JourneyMap,
  LANE_KIND_TITLES,
  type Lane,
  type LaneKind,
  type OneToFive,
  PERSONA_COLORS,
  type Persona,
  type Stage,
  type Touchpoint,
} from "@journeykit/core";
import { textCell, valueCell } from "./csv-cells.js";
import type { CsvRow } from "./csv-rows.js";
import { IdIndex, looseKey, NameLookup } from "./name-lookup.js";

/** Whether two names differ only in case and surrounding spaces. */
export const loose = (a: string, b: string): boolean => looseKey(a) === looseKey(b);

/** A record without the given fields (those a CSV replaces). */
export const without = <T extends object>(record: T, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !fields.includes(k)));

/** A row keeps its record's current reference while the cell still shows that record's name. */
export const keepOr = <T>(current: T | undefined, shown: string | undefined, cell: string, find: () => T) =>
  current !== undefined && shown !== undefined && (shown === cell || loose(shown, cell)) ? current : find();

/**
 * The map a CSV is read into (a copy of the given one, or a new one), with what rows look records up
 * by: ids, and names (exactly, else ignoring case among the given map's records). Records a row names
 * that the map lacks are created. Every lookup is a hash lookup, so an import is linear in the number
 * of rows (a scan of the map per row made 50,000 rows with ids take seconds and a million take minutes).
 * Bad cells are collected in `errors`.
 */
export class CsvImport {
  readonly map: JourneyMap;
  readonly errors: Issue[];
  private readonly ids: Set<string>;
  readonly stages: IdIndex<Stage>;
  readonly lanes: IdIndex<Lane>;
  readonly personas: IdIndex<Persona>;
  readonly touchpoints: IdIndex<Touchpoint>;
  readonly cards: IdIndex<JourneyMap["cards"][number]>;
  /** Records this import created match names exactly only (so "Order" and "order" stay two). */
  private readonly stagesByName = new NameLookup<Stage>((s) => s.name);
  private readonly personasByName = new NameLookup<Persona>((p) => p.name);
  /** Lanes by title, within their kind and (scope "") among all kinds. */
  private readonly lanesByTitle = new NameLookup<Lane>(
    (l) => l.title,
    (l) => [l.kind, ""],
  );
  /** Touchpoints by name within their stage. */
  private readonly touchpointsByName = new NameLookup<Touchpoint>(
    (t) => t.name,
    (t) => [t.stageId],
  );

  constructor(base: JourneyMap | undefined, errors: Issue[]) {
    const map: JourneyMap = structuredClone(
      base ?? createJourneyMap({ title: "Imported from CSV", stages: [], lanes: [], personas: [] }),
    );
    this.map = map;
    this.errors = errors;
    this.ids = new Set<string>([map.id]);
    for (const value of Object.values(map))
      if (Array.isArray(value)) for (const r of value as { id?: unknown }[]) this.ids.add(String(r?.id));
    this.stages = new IdIndex(map.stages);
    this.lanes = new IdIndex(map.lanes);
    this.personas = new IdIndex(map.personas);
    this.touchpoints = new IdIndex(map.touchpoints);
    this.cards = new IdIndex(map.cards);
    for (const stage of map.stages) this.stagesByName.add(stage, false);
    for (const persona of map.personas) this.personasByName.add(persona, false);
    for (const lane of map.lanes) this.lanesByTitle.add(lane, false);
    for (const touchpoint of map.touchpoints) this.touchpointsByName.add(touchpoint, false);
  }

  /** The id a CSV gave, unless the map already uses it; else a new one. */
  newId(given: string, prefix: string): string {
    const id = given && !this.ids.has(given) ? given : createId(prefix);
    this.ids.add(id);
    return id;
  }

  /**
   * The id cell as written (ids may hold any character, so `toCsv`'s ids come back exactly) and the
   * record it names; an id typed with stray spaces still finds its record.
   */
  idCell<T extends { id: string }>(row: CsvRow, index: IdIndex<T>): { given: string; existing?: T } {
    const given = textCell(row, "id");
    return {
      given: given.trim() ? given : "",
      existing: index.get(given) ?? index.get(given.trim() || undefined),
    };
  }

  /** The field of the record with `id` (its name), to compare with what a cell shows. */
  nameOf<T extends { id: string }>(index: IdIndex<T>, id: string | undefined, field: (t: T) => string) {
    const found = index.get(id);
    return found ? field(found) : undefined;
  }

  /** The stage named `name`, created when missing; a blank name is the "Unsorted" stage. */
  stageFor(name: string): Stage {
    const found =
      this.stagesByName.find(name) ?? (name.trim() ? undefined : this.stagesByName.find("Unsorted"));
    if (found) return found;
    const stage = createStage({ id: this.newId("", "stage"), name: name.trim() ? name : "Unsorted" });
    this.stages.push(stage);
    this.stagesByName.add(stage, true);
    return stage;
  }

  /** The lane titled `title` (of `kind`, when given), created when missing (a notes lane by default). */
  laneFor(title: string, kind: LaneKind | undefined): Lane {
    const found =
      this.lanesByTitle.find(title, kind ?? "") ??
      // A blank title means the kind's default title ("Actions", "Notes"), matched exactly.
      (title.trim() ? undefined : this.lanesByTitle.find(LANE_KIND_TITLES[kind ?? "notes"], kind ?? "notes"));
    if (found) return found;
    const lane = createLane({
      id: this.newId("", "lane"),
      kind: kind ?? "notes",
      ...(title.trim() ? { title } : {}),
    });
    this.lanes.push(lane);
    this.lanesByTitle.add(lane, true);
    return lane;
  }

  /** The id of the persona named `name`, created when missing (with the next persona color). */
  personaFor(name: string): string {
    const found = this.personasByName.find(name);
    if (found) return found.id;
    const persona = createPersona({
      id: this.newId("", "persona"),
      name,
      color: PERSONA_COLORS[this.map.personas.length % PERSONA_COLORS.length]!,
    });
    this.personas.push(persona);
    this.personasByName.add(persona, true);
    return persona.id;
  }

  /** The id of the touchpoint named `name` on the stage, created when missing. */
  touchpointFor(name: string, stageId: string): string {
    const found = this.touchpointsByName.find(name, stageId);
    if (found) return found.id;
    const touchpoint = createTouchpoint({ id: this.newId("", "tp"), stageId, name });
    this.touchpoints.push(touchpoint);
    this.touchpointsByName.add(touchpoint, true);
    return touchpoint.id;
  }

  /** A 1-5 rating cell; anything else is an error. */
  rating(row: CsvRow, column: string, line: number): OneToFive | undefined {
    const value = valueCell(row, column);
    if (!value) return undefined;
    const number = Number(value);
    if (Number.isInteger(number) && number >= 1 && number <= 5) return number as OneToFive;
    this.errors.push({
      path: `row ${line}, column ${column}`,
      message: `expected an integer from 1 to 5, got ${JSON.stringify(value)}`,
    });
    return undefined;
  }

  /** A cell holding one of `allowed`; anything else is an error. */
  oneOf<T extends string>(row: CsvRow, column: string, line: number, allowed: readonly T[]): T | undefined {
    const value = valueCell(row, column);
    if (!value) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.errors.push({
      path: `row ${line}, column ${column}`,
      message: `expected one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`,
    });
    return undefined;
  }
}
