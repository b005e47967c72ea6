import { readFileSync } from "node:fs";
import { type JourneyMap, layoutJourneyMap, parseJourneyMap } from "@journeykit/core";
import { describe, it } from "vitest";
import { renderSvg, toPptx } from "../src/index";

/** A map from the hostile corpus (packages/core/test/hostile). */
function hostile(name: string): JourneyMap {
  const result = parseJourneyMap(
    readFileSync(new URL(`../../core/test/hostile/${name}`, import.meta.url), "utf8"),
  );
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.map;
}
/** The same map with the first card's text replaced. */
const withText = (map: JourneyMap, text: string): JourneyMap => ({
  ...map,
  cards: map.cards.map((c, i) => (i === 0 ? { ...c, text } : c)),
});
/** 20,000 characters of ordinary prose: words of 3 to 9 letters. */
function prose(length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) text += `${"abcdefghi".slice(0, 3 + ((i * 5) % 7))} `;
  return text.slice(0, length);
}

async function runs(fn: () => unknown, repeat = 7) {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}
const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  return `${f(sorted[0]!)} / ${f(sorted[Math.floor(sorted.length / 2)]!)} / ${f(sorted.at(-1)!)}`;
};

describe("hostile text benchmarks (figures, not assertions)", () => {
  it("20,000-char word: layout / renderSvg / toPptx, beside the same map with normal text", async () => {
    const longWord = hostile("long-word-20000.journey.json");
    const graphemeWord = hostile("long-grapheme-word-20000.journey.json");
    const normalLong = withText(longWord, prose(20_000));
    const normal = withText(longWord, "The dish arrives cold");
    const cases: [string, JourneyMap][] = [
      ["one 20,000-char word", longWord],
      ["20,000 UTF-16 units of emoji/marks", graphemeWord],
      ["baseline: 20,000 chars of words", normalLong],
      ["baseline: normal card text", normal],
    ];
    const steps: [string, (map: JourneyMap) => unknown, number][] = [
      ["layoutJourneyMap", (map) => layoutJourneyMap(map), 9],
      ["renderSvg", (map) => renderSvg(map), 9],
      ["toPptx", (map) => toPptx(map), 5],
    ];
    const width = [36, 26, 26, 26];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log(
      "\n@journeykit/export: one long word (min / median / max ms, same run; target well under 1 s)",
    );
    console.log(line(["card text (restaurant sample map)", ...steps.map(([name]) => name)]));
    const medians: number[][] = [];
    for (const [label, map] of cases) {
      const cells: string[] = [];
      const row: number[] = [];
      for (const [, step, repeat] of steps) {
        await step(map); // warm-up
        const times = await runs(() => step(map), repeat);
        cells.push(stats(times));
        row.push([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
      }
      medians.push(row);
      console.log(line([label, ...cells]));
    }
    const ratio = (a: number[], b: number[]) => a.map((x, i) => `${(x / b[i]!).toFixed(2)}×`);
    console.log(line(["ratio long word / normal text", ...ratio(medians[0]!, medians[3]!)]));
    console.log(
      "before this change (cubic wrap): 3,000 chars took 22 s layout, 19 s renderSvg, 22 s toPptx; 20,000 did not finish in 180 s",
    );
  });
});
