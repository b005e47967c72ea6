import {
  createCard,
  createJourneyMap,
  getTemplate,
  type JourneyMap,
  LANE_KIND_TITLES,
  type Lane,
} from "@journeykit/core";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { journeyMapArbitrary } from "../../../core/test/arbitraries.js";
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

/** The arbitrary's maps, with card texts, tags, ratings and evidence that stress the CSV. */
const csvMapArbitrary = fc
  .tuple(
    journeyMapArbitrary,
    fc.array(nasty, { minLength: 12, maxLength: 12 }),
    fc.array(nasty, { maxLength: 3 }),
  )
  .map(([map, texts, tags]) => {
    map.cards.forEach((card, i) => {
      card.text = texts[i % texts.length]!;
      if (i % 2 === 1) card.tags = tags;
      if (i % 3 === 1) Object.assign(card, { impact: 4, effort: 2, evidence: "observed" });
    });
    return map;
  });

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
