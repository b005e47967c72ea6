import {
  CHANNELS,
  type Channel,
  createId,
  createJourneyMap,
  EVIDENCE_LEVELS,
  type Issue,
  type JourneyMap,
  LANE_KINDS,
  type LaneKind,
  type OneToFive,
  type ParseResult,
  PERSONA_COLORS,
  parseJourneyMap,
} from "@journeykit/core";
import Papa from "papaparse";
import { unescapeCsvText } from "./csv-injection";

/** Options of `fromCsv`: the map to merge the rows into (a new map when omitted). */
export interface FromCsvOptions {
  map?: JourneyMap;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Read a cards or touchpoints CSV (as written by `toCsv`, or by hand: the header names the columns)
 * into a map: rows update records with the same id and add the others; stages, lanes and personas
 * are matched by name and created when missing. Bad cells are errors such as
 * `{ path: "row 7, column severity", message: "expected an integer from 1 to 5, got \"high\"" }`;
 * never throws.
 *
 * @example
 * const result = fromCsv(text, { map });
 */
export function fromCsv(text: string, { map: base }: FromCsvOptions = {}): ParseResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
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
  const ids = new Set([
    map.id,
    ...Object.values(map).flatMap((v) => (Array.isArray(v) ? v.map((r: { id?: string }) => r.id) : [])),
  ]);
  const cell = (row: Record<string, string>, column: string) => unescapeCsvText((row[column] ?? "").trim());
  const stageFor = (name: string) => {
    const label = name || "Unsorted";
    let stage = map.stages.find((s) => same(s.name, label));
    if (!stage) {
      stage = { id: createId("stage"), name: label };
      map.stages.push(stage);
    }
    return stage;
  };
  const laneFor = (title: string, kind: string) => {
    const label = title || "Notes";
    let lane = map.lanes.find((l) => same(l.title, label));
    if (!lane) {
      lane = {
        id: createId("lane"),
        title: label,
        kind: (LANE_KINDS as readonly string[]).includes(kind) ? (kind as LaneKind) : "notes",
      };
      map.lanes.push(lane);
    }
    return lane;
  };
  const personaFor = (name: string) => {
    if (!name) return undefined;
    let persona = map.personas.find((p) => same(p.name, name));
    if (!persona) {
      persona = {
        id: createId("persona"),
        name,
        color: PERSONA_COLORS[map.personas.length % PERSONA_COLORS.length]!,
        demographics: {},
        psychographics: [],
        needs: [],
        motivations: [],
        goals: [],
        frustrations: [],
      };
      map.personas.push(persona);
    }
    return persona.id;
  };
  const rating = (row: Record<string, string>, column: string, line: number): OneToFive | undefined => {
    const value = cell(row, column);
    if (!value) return undefined;
    const number = Number(value);
    if (Number.isInteger(number) && number >= 1 && number <= 5) return number as OneToFive;
    errors.push({
      path: `row ${line}, column ${column}`,
      message: `expected an integer from 1 to 5, got ${JSON.stringify(value)}`,
    });
    return undefined;
  };

  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const givenId = cell(row, "id");
    if (isTouchpoints) {
      const stage = stageFor(cell(row, "stage"));
      const channel = cell(row, "channel") || "other";
      if (!(CHANNELS as readonly string[]).includes(channel)) {
        errors.push({
          path: `row ${line}, column channel`,
          message: `expected one of ${CHANNELS.join(", ")}, got ${JSON.stringify(channel)}`,
        });
        return;
      }
      const existing = map.touchpoints.find((t) => t.id === givenId);
      const record = {
        name: cell(row, "name"),
        channel: channel as Channel,
        stageId: stage.id,
        ...(cell(row, "owner") ? { owner: cell(row, "owner") } : {}),
        ...(cell(row, "description") ? { description: cell(row, "description") } : {}),
      };
      if (existing) Object.assign(existing, record);
      else {
        const id = givenId && !ids.has(givenId) ? givenId : createId("tp");
        ids.add(id);
        map.touchpoints.push({ id, ...record });
      }
      return;
    }
    const stage = stageFor(cell(row, "stage"));
    const lane = laneFor(cell(row, "lane"), cell(row, "laneKind"));
    const votesText = cell(row, "votes");
    const votes = votesText === "" ? undefined : Number(votesText);
    if (votes !== undefined && (!Number.isInteger(votes) || votes < 0)) {
      errors.push({
        path: `row ${line}, column votes`,
        message: `expected a whole number of votes, got ${JSON.stringify(votesText)}`,
      });
    }
    const evidence = cell(row, "evidence");
    if (evidence && !(EVIDENCE_LEVELS as readonly string[]).includes(evidence)) {
      errors.push({
        path: `row ${line}, column evidence`,
        message: `expected ${EVIDENCE_LEVELS.join(", ")}, got ${JSON.stringify(evidence)}`,
      });
    }
    const touchpointName = cell(row, "touchpoint");
    const touchpoint = touchpointName
      ? map.touchpoints.find((t) => same(t.name, touchpointName) && t.stageId === stage.id)
      : undefined;
    const severity = rating(row, "severity", line);
    const impact = rating(row, "impact", line);
    const effort = rating(row, "effort", line);
    const personaId = personaFor(cell(row, "persona"));
    const tags = cell(row, "tags")
      .split(";")
      .map((t) => t.trim())
      .filter(Boolean);
    const card = {
      laneId: lane.id,
      stageId: stage.id,
      text: cell(row, "text"),
      ...(personaId ? { personaId } : {}),
      ...(touchpoint ? { touchpointId: touchpoint.id } : {}),
      ...(severity ? { severity } : {}),
      ...(impact ? { impact } : {}),
      ...(effort ? { effort } : {}),
      ...(votes && Number.isInteger(votes) && votes > 0 ? { votes } : {}),
      ...(evidence && (EVIDENCE_LEVELS as readonly string[]).includes(evidence)
        ? { evidence: evidence as (typeof EVIDENCE_LEVELS)[number] }
        : {}),
      ...(tags.length ? { tags } : {}),
    };
    const existing = map.cards.find((c) => c.id === givenId);
    if (existing) Object.assign(existing, card);
    else {
      const id = givenId && !ids.has(givenId) ? givenId : createId("card");
      ids.add(id);
      map.cards.push({ id, ...card });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return parseJourneyMap(map);
}
