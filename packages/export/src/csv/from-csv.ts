import {
  type Card,
  CHANNELS,
  type Channel,
  createId,
  createJourneyMap,
  createLane,
  createPersona,
  createStage,
  createTouchpoint,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  type Issue,
  type JourneyMap,
  LANE_KIND_TITLES,
  LANE_KINDS,
  type Lane,
  type LaneKind,
  LIMITS,
  type OneToFive,
  type ParseResult,
  PERSONA_COLORS,
  type Persona,
  parseJourneyMap,
  type Stage,
  type Touchpoint,
} from "@journeykit/core";
import Papa from "papaparse";
import { rememberValid } from "../trusted-map.js";
import { unescapeCsvText } from "./csv-injection.js";
import { IdIndex, looseKey, NameLookup } from "./name-lookup.js";

/** Options of `fromCsv`: the map to merge the rows into (a new map when omitted). */
export interface FromCsvOptions {
  map?: JourneyMap;
}

type Row = Record<string, string | undefined>;

/** At most this many cell errors are listed (then a count of the rest). */
const MAX_ERRORS = 100;

/** The fields a cards CSV holds; an update replaces exactly these (a blank cell removes the field). */
const CARD_FIELDS = [
  "laneId",
  "stageId",
  "text",
  "personaId",
  "touchpointId",
  "severity",
  "impact",
  "effort",
  "votes",
  "evidence",
  "tags",
] as const;
const TOUCHPOINT_FIELDS = ["stageId", "name", "channel", "owner", "description", "personaIds"] as const;

const loose = (a: string, b: string) => looseKey(a) === looseKey(b);
const splitList = (cell: string) =>
  cell
    .split(";")
    .map((t) => t.trim())
    .filter(Boolean);
const without = <T extends object>(record: T, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !fields.includes(k)));

/**
 * Read a cards or touchpoints CSV (as written by `toCsv`, or by hand: the header names the columns)
 * into a map. Rows update the record with the same id (every column the CSV holds is replaced; a
 * blank cell removes the field) and add the others. Stages, lanes (by title and kind), personas and
 * touchpoints are matched by name (exactly, else ignoring case among the given map's records) and
 * created when missing; a row
 * whose names still match its record's current stage, lane, persona or touchpoint keeps them, so
 * `fromCsv(toCsv(map), { map })` gives `map` back. Text cells lose the `'` that `toCsv` put in front
 * of formula-like text. Bad cells are errors such as
 * `{ path: "row 7, column severity", message: "expected an integer from 1 to 5, got \"high\"" }`;
 * never throws.
 *
 * @example
 * const result = fromCsv(text, { map });
 * if (result.ok) save(result.map);
 */
export function fromCsv(text: string, { map: base }: FromCsvOptions = {}): ParseResult {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
  });
  // A one-column CSV has no delimiter to detect: papaparse then reads it with "," as it should.
  const errors: Issue[] = parsed.errors
    .filter((e) => e.code !== "UndetectableDelimiter")
    .slice(0, 20)
    .map((e) => ({ path: `row ${(e.row ?? 0) + 2}`, message: e.message }));
  const fields = parsed.meta.fields ?? [];
  const isCards = fields.includes("text");
  const isTouchpoints = !isCards && fields.includes("name") && fields.includes("channel");
  if (!isCards && !isTouchpoints) {
    return {
      ok: false,
      errors: [
        {
          path: "row 1",
          message: 'header needs a "text" column (cards) or "name" and "channel" columns (touchpoints)',
        },
      ],
    };
  }
  if (parsed.data.length > LIMITS.maxRecordsPerKind) {
    const what = isCards ? "cards" : "touchpoints";
    return {
      ok: false,
      errors: [
        {
          path: `row ${LIMITS.maxRecordsPerKind + 2}`,
          message: `${parsed.data.length} rows: a map holds at most ${LIMITS.maxRecordsPerKind} ${what}`,
        },
      ],
    };
  }
  const map: JourneyMap = structuredClone(
    base ?? createJourneyMap({ title: "Imported from CSV", stages: [], lanes: [], personas: [] }),
  );
  const ids = new Set<string>([map.id]);
  for (const value of Object.values(map))
    if (Array.isArray(value)) for (const r of value as { id?: unknown }[]) ids.add(String(r?.id));
  const newId = (given: string, prefix: string) => {
    const id = given && !ids.has(given) ? given : createId(prefix);
    ids.add(id);
    return id;
  };

  /** A text cell as written (only the CSV-injection `'` removed). */
  const textCell = (row: Row, column: string) => unescapeCsvText(row[column] ?? "");
  /** A value cell (number, enum): surrounding spaces do not count. */
  const valueCell = (row: Row, column: string) => unescapeCsvText(row[column] ?? "").trim();
  /**
   * The id cell as written (ids may hold any character, so `toCsv`'s ids come back exactly); an id
   * typed with stray spaces still finds its record.
   */
  const idCell = <T extends { id: string }>(row: Row, index: IdIndex<T>) => {
    const given = textCell(row, "id");
    return {
      given: given.trim() ? given : "",
      existing: index.get(given) ?? index.get(given.trim() || undefined),
    };
  };

  // Every lookup below is a hash lookup, so an import is linear in the number of rows (a scan of
  // the map per row made 50,000 rows with ids take seconds and a million take minutes).
  const stages = new IdIndex(map.stages);
  const lanes = new IdIndex(map.lanes);
  const personas = new IdIndex(map.personas);
  const touchpoints = new IdIndex(map.touchpoints);
  const cards = new IdIndex(map.cards);
  /** Records this import created match names exactly only (so "Order" and "order" stay two). */
  const stagesByName = new NameLookup<Stage>((s) => s.name);
  const personasByName = new NameLookup<Persona>((p) => p.name);
  /** Lanes by title, within their kind and (scope "") among all kinds. */
  const lanesByTitle = new NameLookup<Lane>(
    (l) => l.title,
    (l) => [l.kind, ""],
  );
  /** Touchpoints by name within their stage. */
  const touchpointsByName = new NameLookup<Touchpoint>(
    (t) => t.name,
    (t) => [t.stageId],
  );
  for (const stage of map.stages) stagesByName.add(stage, false);
  for (const persona of map.personas) personasByName.add(persona, false);
  for (const lane of map.lanes) lanesByTitle.add(lane, false);
  for (const touchpoint of map.touchpoints) touchpointsByName.add(touchpoint, false);

  const stageFor = (name: string) => {
    const found = stagesByName.find(name) ?? (name.trim() ? undefined : stagesByName.find("Unsorted"));
    if (found) return found;
    const stage = createStage({ id: newId("", "stage"), name: name.trim() ? name : "Unsorted" });
    stages.push(stage);
    stagesByName.add(stage, true);
    return stage;
  };
  const laneFor = (title: string, kind: LaneKind | undefined) => {
    const found =
      lanesByTitle.find(title, kind ?? "") ??
      // A blank title means the kind's default title ("Actions", "Notes"), matched exactly.
      (title.trim() ? undefined : lanesByTitle.find(LANE_KIND_TITLES[kind ?? "notes"], kind ?? "notes"));
    if (found) return found;
    const lane = createLane({
      id: newId("", "lane"),
      kind: kind ?? "notes",
      ...(title.trim() ? { title } : {}),
    });
    lanes.push(lane);
    lanesByTitle.add(lane, true);
    return lane;
  };
  const personaFor = (name: string) => {
    const found = personasByName.find(name);
    if (found) return found.id;
    const persona = createPersona({
      id: newId("", "persona"),
      name,
      color: PERSONA_COLORS[map.personas.length % PERSONA_COLORS.length]!,
    });
    personas.push(persona);
    personasByName.add(persona, true);
    return persona.id;
  };
  const nameOf = <T extends { id: string }>(
    index: IdIndex<T>,
    id: string | undefined,
    field: (t: T) => string,
  ) => {
    const found = index.get(id);
    return found ? field(found) : undefined;
  };
  /** A row keeps its record's current reference while the cell still shows that record's name. */
  const keepOr = <T>(current: T | undefined, shown: string | undefined, cell: string, find: () => T) =>
    current !== undefined && shown !== undefined && (shown === cell || loose(shown, cell)) ? current : find();

  const rating = (row: Row, column: string, line: number): OneToFive | undefined => {
    const value = valueCell(row, column);
    if (!value) return undefined;
    const number = Number(value);
    if (Number.isInteger(number) && number >= 1 && number <= 5) return number as OneToFive;
    errors.push({
      path: `row ${line}, column ${column}`,
      message: `expected an integer from 1 to 5, got ${JSON.stringify(value)}`,
    });
    return undefined;
  };
  const oneOf = <T extends string>(row: Row, column: string, line: number, allowed: readonly T[]) => {
    const value = valueCell(row, column);
    if (!value) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    errors.push({
      path: `row ${line}, column ${column}`,
      message: `expected one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`,
    });
    return undefined;
  };

  const readTouchpoint = (row: Row, line: number) => {
    const { given: givenId, existing } = idCell(row, touchpoints);
    const stageCell = textCell(row, "stage");
    const stageId = keepOr(
      existing?.stageId,
      nameOf(stages, existing?.stageId, (s) => s.name),
      stageCell,
      () => stageFor(stageCell).id,
    );
    const channel = oneOf<Channel>(row, "channel", line, CHANNELS) ?? "other";
    const personasCell = textCell(row, "personas");
    const shownPersonas = existing?.personaIds
      ?.map((id) => nameOf(personas, id, (p) => p.name) ?? "")
      .join("; ");
    const personaIds =
      existing && shownPersonas === personasCell
        ? existing.personaIds
        : splitList(personasCell).map(personaFor);
    const owner = textCell(row, "owner");
    const description = textCell(row, "description");
    const fields: Omit<Touchpoint, "id"> = {
      stageId,
      name: textCell(row, "name"),
      channel,
      ...(owner || existing?.owner === "" ? { owner } : {}),
      ...(description || existing?.description === "" ? { description } : {}),
      ...(personaIds && (personaIds.length || existing?.personaIds) ? { personaIds } : {}),
    };
    if (existing)
      touchpoints.replace({ ...without(existing, TOUCHPOINT_FIELDS), id: existing.id, ...fields });
    else touchpoints.push({ id: newId(givenId, "tp"), ...fields });
  };

  const readCard = (row: Row, line: number) => {
    const { given: givenId, existing } = idCell(row, cards);
    const stageCell = textCell(row, "stage");
    const stageId = keepOr(
      existing?.stageId,
      nameOf(stages, existing?.stageId, (s) => s.name),
      stageCell,
      () => stageFor(stageCell).id,
    );
    const kind = oneOf<LaneKind>(row, "laneKind", line, LANE_KINDS);
    const laneCell = textCell(row, "lane");
    const currentLane = lanes.get(existing?.laneId);
    const laneId =
      currentLane &&
      (currentLane.title === laneCell || loose(currentLane.title, laneCell)) &&
      (!kind || kind === currentLane.kind)
        ? currentLane.id
        : laneFor(laneCell, kind).id;
    const personaCell = textCell(row, "persona");
    const personaId = keepOr(
      existing?.personaId,
      nameOf(personas, existing?.personaId, (p) => p.name),
      personaCell,
      () => (personaCell ? personaFor(personaCell) : undefined),
    );
    const touchpointCell = textCell(row, "touchpoint");
    const touchpointId = keepOr(
      existing?.touchpointId,
      nameOf(touchpoints, existing?.touchpointId, (t) => t.name),
      touchpointCell,
      () => {
        if (!touchpointCell) return undefined;
        const found = touchpointsByName.find(touchpointCell, stageId);
        if (found) return found.id;
        const touchpoint = createTouchpoint({ id: newId("", "tp"), stageId, name: touchpointCell });
        touchpoints.push(touchpoint);
        touchpointsByName.add(touchpoint, true);
        return touchpoint.id;
      },
    );
    const votesText = valueCell(row, "votes");
    const votes = votesText === "" ? undefined : Number(votesText);
    if (votes !== undefined && !(Number.isInteger(votes) && votes >= 0 && votes <= 1_000_000)) {
      errors.push({
        path: `row ${line}, column votes`,
        message: `expected a whole number of votes, got ${JSON.stringify(votesText)}`,
      });
    }
    const evidence = oneOf<EvidenceLevel>(row, "evidence", line, EVIDENCE_LEVELS);
    const tagsCell = textCell(row, "tags");
    const tags =
      existing && (existing.tags ?? []).join("; ") === tagsCell ? existing.tags : splitList(tagsCell);
    const severity = rating(row, "severity", line);
    const impact = rating(row, "impact", line);
    const effort = rating(row, "effort", line);
    const fields: Omit<Card, "id"> = {
      laneId,
      stageId,
      text: textCell(row, "text"),
      ...(personaId ? { personaId } : {}),
      ...(touchpointId ? { touchpointId } : {}),
      ...(severity ? { severity } : {}),
      ...(impact ? { impact } : {}),
      ...(effort ? { effort } : {}),
      ...(votes !== undefined && Number.isInteger(votes) && votes >= 0 ? { votes } : {}),
      ...(evidence ? { evidence } : {}),
      ...(tags && (tags.length || existing?.tags) ? { tags } : {}),
    };
    if (existing) cards.replace({ ...without(existing, CARD_FIELDS), id: existing.id, ...fields });
    else cards.push({ id: newId(givenId, "card"), ...fields });
  };

  const readRow = isCards ? readCard : readTouchpoint;
  for (const [i, row] of parsed.data.entries()) readRow(row, i + 2);
  if (errors.length > MAX_ERRORS)
    return {
      ok: false,
      errors: [
        ...errors.slice(0, MAX_ERRORS),
        { path: "", message: `${errors.length - MAX_ERRORS} more problems not shown` },
      ],
    };
  if (errors.length > 0) return { ok: false, errors };
  return rememberValid(parseJourneyMap(map));
}
