import Papa from "papaparse";
import { it } from "vitest";
import { findThemes } from "../src/index";
import { surveyExport } from "./survey-export";

const RUNS = 3;
const SIZES = [25_000, 50_000, 100_000];
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Baseline: the least any theme finder does, counting each comment's lowercase words once in a Map
 * (no stems, phrases or merging).
 */
function countWords(texts: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of new Set(text.toLowerCase().match(WORD) ?? []))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts.size;
}

it("finds themes in linear time: 25,000 / 50,000 / 100,000 survey comments beside a bare word count", () => {
  const lines = [`theme bench: ${RUNS} runs per size, Node ${process.version}`];
  for (const size of SIZES) {
    const rows = Papa.parse<string[]>(surveyExport(size), { skipEmptyLines: true }).data.slice(1);
    const comments = rows.map((r, i) => ({ text: r[6] ?? "", sentiment: ((i % 7) - 3) / 3 }));
    const themes: number[] = [];
    const words: number[] = [];
    let found = "";
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      countWords(comments.map((c) => c.text));
      words.push(performance.now() - start);
      start = performance.now();
      const result = findThemes(comments, {
        stageWords: ["Book", "Order", "Eat", "Pay"],
        limit: 10,
        minCount: Math.ceil(size * 0.02),
      });
      themes.push(performance.now() - start);
      found = result.map((t) => `${t.term} (${t.count})`).join(", ");
    }
    lines.push(
      `${size.toLocaleString("en")} comments: findThemes min ${ms(Math.min(...themes))} median ${ms(median(themes))} max ${ms(Math.max(...themes))} (${((median(themes) / size) * 1000).toFixed(1)} µs per comment); word count alone median ${ms(median(words))}; ratio run by run ${themes.map((t, i) => (t / words[i]!).toFixed(2)).join(", ")}`,
      `  themes: ${found}`,
    );
  }
  console.log(lines.join("\n"));
});
