import {
  createCard,
  createJourneyMap,
  createPersona,
  type JourneyMap,
  LIMITS,
  stageEmotion,
  templates,
} from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyMapArbitrary } from "../../../core/test/arbitraries.js";
import { mermaidTasks, repeatedTask, unclosedFences } from "../../test/hostile/recipes.js";
import { fromMermaid } from "./from-mermaid.js";
import { emotionToMermaidScore, mermaidScoreToEmotion } from "./mermaid-scores.js";
import { toMermaid } from "./to-mermaid.js";

/** The example from Mermaid's documentation (https://mermaid.js.org/syntax/userJourney.html). */
const MY_WORKING_DAY = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me`;

const parsed = (text: string): JourneyMap => {
  const result = fromMermaid(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
};

describe("Mermaid score mapping", () => {
  it("follows the documented tables", () => {
    expect([-3, -2, -1, 0, 1, 2, 3].map(emotionToMermaidScore)).toEqual([1, 2, 2, 3, 4, 4, 5]);
    expect([1, 2, 3, 4, 5].map(mermaidScoreToEmotion)).toEqual([-3, -2, 0, 2, 3]);
  });

  it("is symmetric around neutral and keeps Mermaid scores through a round trip", () => {
    for (let e = -3; e <= 3; e += 0.25) expect(emotionToMermaidScore(e) + emotionToMermaidScore(-e)).toBe(6);
    for (let e = -3; e <= 3; e++)
      expect(Math.sign(mermaidScoreToEmotion(emotionToMermaidScore(e)))).toBe(Math.sign(e));
    for (let s = 1; s <= 5; s++) {
      expect(emotionToMermaidScore(mermaidScoreToEmotion(s))).toBe(s);
      expect(mermaidScoreToEmotion(s) + mermaidScoreToEmotion(6 - s)).toBe(0);
    }
    expect(emotionToMermaidScore(9)).toBe(5);
    expect(mermaidScoreToEmotion(-4)).toBe(-3);
  });
});

describe("fromMermaid", () => {
  it("reads Mermaid's own 'My working day' example", () => {
    const map = parsed(MY_WORKING_DAY);
    expect(map.title).toBe("My working day");
    expect(map.stages.map((s) => s.name)).toEqual(["Go to work", "Go home"]);
    expect(map.lanes.map((l) => l.kind)).toEqual(["actions", "emotions"]);
    expect(map.cards.map((c) => c.text)).toEqual([
      "Make tea",
      "Go upstairs",
      "Do work",
      "Go downstairs",
      "Sit down",
    ]);
    expect(map.personas.map((p) => p.name)).toEqual(["Me", "Cat"]);
    const [me, cat] = map.personas;
    const [work, home] = map.stages;
    // Me at "Go to work": mean of 5, 3, 1 = 3 → 0; Cat: 1 → -3; Me at "Go home": 5 → +3.
    expect(stageEmotion(map, me!.id, work!.id)).toBe(0);
    expect(stageEmotion(map, cat!.id, work!.id)).toBe(-3);
    expect(stageEmotion(map, me!.id, home!.id)).toBe(3);
    expect(stageEmotion(map, cat!.id, home!.id)).toBeNull();
  });

  it("finds the journey fence in Markdown and reports lines of the whole file", () => {
    const markdown = [
      "# Notes",
      "",
      "```mermaid",
      "flowchart LR",
      "  a --> b",
      "```",
      "",
      "```mermaid",
      "journey",
      "  section Order",
      "    Pick a drink: 4: Ana",
      "    Pay: five: Ana",
      "    just words",
      "```",
    ].join("\n");
    expect(fromMermaid(markdown)).toEqual({
      ok: false,
      errors: [
        { path: "line 12", message: 'score must be an integer from 1 to 5, got "five"' },
        { path: "line 13", message: 'expected a task like "Make tea: 5: Me, Cat"' },
      ],
    });
    const fixed = parsed(markdown.replace("Pay: five", "Pay: 2").replace("    just words\n", ""));
    expect(fixed.cards.map((c) => c.text)).toEqual(["Pick a drink", "Pay"]);
  });

  it("reads front matter titles, accessibility descriptions, comments and directives", () => {
    const map = parsed(`---
title: "Checkout"
---
%%{init: {"theme": "forest"}}%%
journey
  accTitle: Checkout journey
  accDescr {
    How a shopper pays
    on the web
  }
  %% a comment
  section Pay
    Enter card: 2: Shopper`);
    expect(map.title).toBe("Checkout");
    expect(map.description).toBe("How a shopper pays\non the web");
    expect(map.cards.map((c) => c.text)).toEqual(["Enter card"]);
    expect(map.emotions.map((e) => e.score)).toEqual([-2]);
  });

  it("gives tasks without actors to a default persona and a stage to tasks before any section", () => {
    const map = parsed("journey\n  Arrive: 3");
    expect(map.stages.map((s) => s.name)).toEqual(["Journey"]);
    expect(map.personas.map((p) => p.name)).toEqual(["Customer"]);
  });

  it("names what is wrong with something that is not a journey", () => {
    expect(fromMermaid("flowchart LR\n  a --> b")).toEqual({
      ok: false,
      errors: [{ path: "line 1", message: 'expected "journey" to start the diagram, got "flowchart LR"' }],
    });
    expect(fromMermaid("")).toEqual({
      ok: false,
      errors: [{ path: "line 1", message: 'not a Mermaid journey diagram: "journey" is missing' }],
    });
    expect(fromMermaid("journey\n  section A\n    Do: 6: Me")).toMatchObject({
      ok: false,
      errors: [{ path: "line 3", message: 'score must be an integer from 1 to 5, got "6"' }],
    });
  });
});

describe("toMermaid", () => {
  it("writes each persona's score at the stage, one line per distinct score", () => {
    const ana = createPersona({ id: "ana", name: "Ana" });
    const ben = createPersona({ id: "ben", name: "Ben: the #1 fan, really" });
    const map = createJourneyMap({ title: "Coffee; to go", personas: [ana, ben] });
    const [order, pay] = map.stages;
    const actions = map.lanes.find((l) => l.kind === "actions")!;
    map.cards.push(
      createCard({ laneId: actions.id, stageId: order!.id, text: "Pick a drink" }),
      createCard({ laneId: actions.id, stageId: order!.id, text: "Title page loads" }),
    );
    map.emotions.push(
      { id: "e1", personaId: "ana", stageId: order!.id, score: 2 },
      { id: "e2", personaId: "ben", stageId: order!.id, score: -3 },
      { id: "e3", personaId: "ana", stageId: pay!.id, score: 0 },
      { id: "e4", personaId: "ben", stageId: pay!.id, score: 0 },
    );
    const lines = toMermaid(map).split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "journey",
      "  title Coffee to go",
      `  section ${order!.name}`,
      "    Pick a drink: 4: Ana",
      "    Pick a drink: 1: Ben the 1 fan really",
      "    \u200bTitle page loads: 4: Ana",
      "    \u200bTitle page loads: 1: Ben the 1 fan really",
    ]);
    expect(lines[8]).toBe(`    ${pay!.name}: 3: Ana, Ben the 1 fan really`);

    const back = parsed(toMermaid(map));
    expect(back.cards.filter((c) => c.stageId === back.stages[0]!.id).map((c) => c.text)).toEqual([
      "Pick a drink",
      "Title page loads",
    ]);
    const [backAna, backBen] = back.personas;
    expect(stageEmotion(back, backAna!.id, back.stages[0]!.id)).toBe(2);
    expect(stageEmotion(back, backBen!.id, back.stages[0]!.id)).toBe(-3);
  });

  it("round-trips every template's stages and each persona's emotion through the score table", () => {
    for (const template of templates) {
      const map = template.create();
      const back = parsed(toMermaid(map));
      expect(back.stages.map((s) => s.name)).toEqual(
        map.stages.map((s) => s.name.replace(/[:;#]/g, " ").trim()),
      );
      for (const persona of map.personas) {
        const twin = back.personas.find((p) => p.name === persona.name);
        map.stages.forEach((stage, i) => {
          const emotion = stageEmotion(map, persona.id, stage.id);
          const expected = emotion === null ? null : mermaidScoreToEmotion(emotionToMermaidScore(emotion));
          expect(
            twin ? stageEmotion(back, twin.id, back.stages[i]!.id) : null,
            `${template.id} ${stage.name}`,
          ).toBe(expected);
        });
      }
    }
  });

  it("reads Mermaid's example back to the same diagram", () => {
    const again = toMermaid(parsed(MY_WORKING_DAY));
    expect(again).toContain("  section Go to work\n    Make tea: 3: Me\n    Make tea: 1: Cat");
    expect(parsed(again).cards.map((c) => c.text)).toEqual(parsed(MY_WORKING_DAY).cards.map((c) => c.text));
  });

  it("writes a diagram that reads back for any valid map, whatever its names (property)", () => {
    const hostile = fc.constantFrom(
      "a %% b",
      "title x",
      "Section: y",
      "x; y # z",
      "a,b",
      "  ",
      "\u200b",
      "```",
      "---",
      "journey",
      "}",
    );
    fc.assert(
      fc.property(journeyMapArbitrary, fc.array(hostile, { minLength: 4, maxLength: 4 }), (map, names) => {
        for (const [i, stage] of map.stages.entries()) stage.name = names[i % 4]!;
        for (const [i, card] of map.cards.entries()) card.text = names[(i + 1) % 4]!;
        for (const [i, persona] of map.personas.entries()) persona.name = names[(i + 2) % 4]!;
        map.title = names[3]!;
        const back = fromMermaid(toMermaid(map));
        if (!back.ok) throw new Error(`${JSON.stringify(back.errors)}\n${toMermaid(map)}`);
        expect(back.map.stages).toHaveLength(map.stages.length);
      }),
      { numRuns: process.env.CI ? 200 : 60 },
    );
  });
});

// Sizes that took seconds when every task scanned the cards and every fence opener rescanned the rest
// of the text; the time figures are in bench/importers.bench.test.ts, these tests check the result.
describe("fromMermaid on the largest inputs", () => {
  it("reads 50,000 tasks (the most cards a map holds) in 20 sections", () => {
    const map = parsed(mermaidTasks(LIMITS.maxRecordsPerKind));
    expect(map.cards).toHaveLength(LIMITS.maxRecordsPerKind);
    expect(map.cards.at(-1)!.text).toBe("Task 49999");
    expect(map.stages).toHaveLength(20);
    expect(map.personas.map((p) => p.name)).toEqual(["Ana", "Ben", "Cem"]);
  });

  it("gives a task line repeated 50,000 times for one actor 50,000 cards", () => {
    const map = parsed(repeatedTask(LIMITS.maxRecordsPerKind));
    expect(map.cards).toHaveLength(LIMITS.maxRecordsPerKind);
    expect(new Set(map.cards.map((c) => c.text))).toEqual(new Set(["Wait in line"]));
    expect(map.emotions.map((e) => e.score)).toEqual([-2]);
  });

  it("stops at the first task over the limit and says why", () => {
    const result = fromMermaid(repeatedTask(LIMITS.maxRecordsPerKind + 10));
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: "line 50003",
          message: "more than 50000 tasks: a map holds at most 50000 records of a kind",
        },
      ],
    });
  });

  it("reads an unclosed fence to the end of the file (CommonMark), whatever follows it", () => {
    const map = parsed(mermaidTasks(1_000, false));
    expect(map.cards).toHaveLength(1_000);
    const openers = fromMermaid(unclosedFences(50_000));
    expect(openers.ok).toBe(false);
    expect(!openers.ok && openers.errors.slice(0, 2)).toEqual([
      { path: "line 3", message: 'expected a task like "Make tea: 5: Me, Cat"' },
      { path: "line 4", message: 'expected a task like "Make tea: 5: Me, Cat"' },
    ]);
    expect(!openers.ok && openers.errors.at(-1)).toEqual({
      path: "",
      message: "99898 more problems not shown",
    });
  });
});
