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
  type LaneKind,
  type OneToFive,
  type ParseResult,
  PERSONA_COLORS,
  parseJourneyMap,
  type Touchpoint,
} from "@journeykit/core";
import Papa from "papaparse";
import { unescapeCsvText } from "./csv-injection.js";

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

const loose = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
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
  const errors: Issue[] = parsed.errors
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
  const valueCell = (row: Row, column: string) => (row[column] ?? "").trim();

  /** Records this import created: they match names exactly only (so "Order" and "order" stay two). */
  const imported = new Set<object>();
  /** Exact name first, then, among the given map's own records, ignoring case and surrounding spaces. */
  const byName = <T extends object>(list: readonly T[], name: string, field: (t: T) => string) =>
    list.find((r) => field(r) === name) ?? list.find((r) => !imported.has(r) && loose(field(r), name));

  const stageFor = (name: string) => {
    const found =
      byName(map.stages, name, (s) => s.name) ??
      (name.trim() ? undefined : byName(map.stages, "Unsorted", (s) => s.name));
    if (found) return found;
    const stage = createStage({ id: newId("", "stage"), name: name.trim() ? name : "Unsorted" });
    map.stages.push(stage);
    imported.add(stage);
    return stage;
  };
  const laneFor = (title: string, kind: LaneKind | undefined) => {
    const matching = map.lanes.filter(
      (l) => l.title === title || (!imported.has(l) && loose(l.title, title)),
    );
    const found =
      matching.find((l) => l.kind === kind) ??
      (kind ? undefined : matching[0]) ??
      // A blank title means the kind's default title ("Actions", "Notes").
      (title.trim()
        ? undefined
        : map.lanes.find(
            (l) => l.kind === (kind ?? "notes") && l.title === LANE_KIND_TITLES[kind ?? "notes"],
          ));
    if (found) return found;
    const lane = createLane({
      id: newId("", "lane"),
      kind: kind ?? "notes",
      ...(title.trim() ? { title } : {}),
    });
    map.lanes.push(lane);
    imported.add(lane);
    return lane;
  };
  const personaFor = (name: string) => {
    const found = byName(map.personas, name, (p) => p.name);
    if (found) return found.id;
    const persona = createPersona({
      id: newId("", "persona"),
      name,
      color: PERSONA_COLORS[map.personas.length % PERSONA_COLORS.length]!,
    });
    map.personas.push(persona);
    imported.add(persona);
    return persona.id;
  };
  const nameOf = <T extends { id: string }>(list: T[], id: string | undefined, field: (t: T) => string) => {
    const found = id === undefined ? undefined : list.find((r) => r.id === id);
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
    const givenId = valueCell(row, "id");
    const existing = givenId ? map.touchpoints.find((t) => t.id === givenId) : undefined;
    const stageCell = textCell(row, "stage");
    const stageId = keepOr(
      existing?.stageId,
      nameOf(map.stages, existing?.stageId, (s) => s.name),
      stageCell,
      () => stageFor(stageCell).id,
    );
    const channel = oneOf<Channel>(row, "channel", line, CHANNELS) ?? "other";
    const personasCell = textCell(row, "personas");
    const shownPersonas = existing?.personaIds
      ?.map((id) => nameOf(map.personas, id, (p) => p.name) ?? "")
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
    if (existing) {
      const index = map.touchpoints.indexOf(existing);
      map.touchpoints[index] = { ...without(existing, TOUCHPOINT_FIELDS), id: existing.id, ...fields };
    } else map.touchpoints.push({ id: newId(givenId, "tp"), ...fields });
  };

  const readCard = (row: Row, line: number) => {
    const givenId = valueCell(row, "id");
    const existing = givenId ? map.cards.find((c) => c.id === givenId) : undefined;
    const stageCell = textCell(row, "stage");
    const stageId = keepOr(
      existing?.stageId,
      nameOf(map.stages, existing?.stageId, (s) => s.name),
      stageCell,
      () => stageFor(stageCell).id,
    );
    const kind = oneOf<LaneKind>(row, "laneKind", line, LANE_KINDS);
    const laneCell = textCell(row, "lane");
    const currentLane = existing ? map.lanes.find((l) => l.id === existing.laneId) : undefined;
    const laneId =
      currentLane &&
      (currentLane.title === laneCell || loose(currentLane.title, laneCell)) &&
      (!kind || kind === currentLane.kind)
        ? currentLane.id
        : laneFor(laneCell, kind).id;
    const personaCell = textCell(row, "persona");
    const personaId = keepOr(
      existing?.personaId,
      nameOf(map.personas, existing?.personaId, (p) => p.name),
      personaCell,
      () => (personaCell ? personaFor(personaCell) : undefined),
    );
    const touchpointCell = textCell(row, "touchpoint");
    const touchpointId = keepOr(
      existing?.touchpointId,
      nameOf(map.touchpoints, existing?.touchpointId, (t) => t.name),
      touchpointCell,
      () => {
        if (!touchpointCell) return undefined;
        const inStage = map.touchpoints.filter((t) => t.stageId === stageId);
        const found = byName(inStage, touchpointCell, (t) => t.name);
        if (found) return found.id;
        const touchpoint = createTouchpoint({ id: newId("", "tp"), stageId, name: touchpointCell });
        map.touchpoints.push(touchpoint);
        imported.add(touchpoint);
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
    if (existing) {
      const index = map.cards.indexOf(existing);
      map.cards[index] = { ...without(existing, CARD_FIELDS), id: existing.id, ...fields };
    } else map.cards.push({ id: newId(givenId, "card"), ...fields });
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
  return parseJourneyMap(map);
}
