import { readFileSync } from "node:fs";
import { type JourneyMap, parseJourneyMap } from "@journeykit/core";
import { describe, it } from "vitest";
import { renderPng } from "../src/index";

function hostile(name: string): JourneyMap {
  const result = parseJourneyMap(
    readFileSync(new URL(`../../core/test/hostile/${name}`, import.meta.url), "utf8"),
  );
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.map;
}

async function runs(fn: () => unknown, repeat = 5) {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return [...times].sort((a, b) => a - b);
}
const stats = (t: number[]) =>
  `${t[0]!.toFixed(0)} / ${t[Math.floor(t.length / 2)]!.toFixed(0)} / ${t.at(-1)!.toFixed(0)} ms`;

describe("cli hostile-input benchmarks (figures, not assertions)", () => {
  it("20,000-char word: headless PNG beside the same map with normal text; the pixel budget refusal", async () => {
    const longWord = hostile("long-word-20000.journey.json");
    const normal = {
      ...longWord,
      cards: longWord.cards.map((c, i) => (i === 0 ? { ...c, text: "The dish arrives cold" } : c)),
    };
    const tall = hostile("tall-map-png-budget.journey.json");
    const width = [44, 28];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log("\n@journeykit/cli: hostile inputs (min / median / max, same run)");
    console.log(line(["renderPng", "time"]));
    await renderPng(normal);
    console.log(line(["one 20,000-char word (scale 1)", stats(await runs(() => renderPng(longWord)))]));
    console.log(line(["baseline: same map, normal card text", stats(await runs(() => renderPng(normal)))]));
    const heapBefore = process.memoryUsage().rss;
    const refused = await runs(() => renderPng(tall, { scale: 8 }).catch(() => undefined));
    console.log(line(["tall map at --scale 8: refused (budget)", stats(refused)]));
    console.log(
      `  rss grew ${((process.memoryUsage().rss - heapBefore) / 2 ** 20).toFixed(0)} MB while refusing (before: an 8416×252528 PNG, 16.4 GB peak)`,
    );
  });
});
