import { LIMITS } from "@journeykit/core";
import Papa from "papaparse";
import { describe, it } from "vitest";
import { fromCsv, fromMermaid } from "../src/index";
import { cardsCsv, mermaidTasks, unclosedFences } from "../test/hostile/recipes";

/**
 * Importer benchmarks: `fromCsv` and `fromMermaid` at 100,000 rows / tasks, each beside a baseline
 * measured in the same run on the same text (papaparse parsing the CSV alone; a plain line split of
 * the Mermaid text). Both importers are meant to be linear: the ratio to the baseline should stay
 * roughly constant as the size grows. 100,000 is over the format's limit of 50,000 cards per map
 * (`LIMITS.maxRecordsPerKind`): both importers then refuse the input, so the 100k figures are the
 * time to read it and say so (before, they were minutes); 50,000 is the largest map they can build.
 *
 * Before the fix (the quadratic code on the same inputs, same machine, 2026-11-25, medians of 3):
 * fromCsv 10k rows 417 ms, 20k 1.02 s (papaparse alone 24 / 49 ms); fromMermaid 10k tasks 506 ms,
 * 20k 2.21 s; 10k unclosed fences 1.68 s, 20k 6.55 s (a line split: ≤ 4 ms). After: fromCsv 10k
 * 145 ms, 50k 571 ms; fromMermaid 10k 88 ms, 50k 333 ms; 50k unclosed fences 23 ms.
 */

const stats = (runs: number[]) => {
  const sorted = [...runs].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};
function time(fn: () => unknown, repeat: number) {
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return runs;
}
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
const range = (runs: number[]) => {
  const { min, median, max } = stats(runs);
  return `${ms(min)} / ${ms(median)} / ${ms(max)}`;
};

function check(ok: boolean, what: string) {
  if (!ok) throw new Error(`bench input was not imported correctly: ${what}`);
}

describe("importer benchmarks (figures, not assertions)", () => {
  it("prints fromCsv and fromMermaid at 100k rows/tasks beside papaparse / a line split", () => {
    const repeat = Number(process.env.BENCH_REPEAT ?? 3);
    const rows: string[][] = [];
    const sizes = (process.env.BENCH_SIZES ?? "10000,50000,100000").split(",").map(Number);
    for (const n of sizes) {
      const fits = n <= LIMITS.maxRecordsPerKind;
      const size = `${n.toLocaleString("en")}${fits ? "" : " (over the limit: refused)"}`;
      const csv = cardsCsv(n);
      const csvRuns = time(() => {
        const result = fromCsv(csv);
        check(fits ? result.ok && result.map.cards.length === n : !result.ok, "csv");
      }, repeat);
      const papaRuns = time(() => Papa.parse(csv, { header: true, skipEmptyLines: "greedy" }), repeat);
      rows.push([
        `fromCsv, ${size} rows with ids (${(csv.length / 1e6).toFixed(1)} MB)`,
        range(csvRuns),
        `papaparse alone: ${range(papaRuns)}`,
        `×${(stats(csvRuns).median / stats(papaRuns).median).toFixed(1)}`,
      ]);
      const mermaidCases = [
        { what: "tasks, closed fence", text: mermaidTasks(n), ok: fits },
        { what: "tasks, unclosed fence", text: mermaidTasks(n, false), ok: fits },
        { what: "unclosed ```mermaid openers", text: unclosedFences(n), ok: false },
      ];
      for (const { what, text, ok } of mermaidCases) {
        const mermaidRuns = time(() => {
          const result = fromMermaid(text);
          check(ok ? result.ok && result.map.cards.length === n : !result.ok, what);
        }, repeat);
        const splitRuns = time(() => text.split("\n"), repeat);
        rows.push([
          `fromMermaid, ${size} ${what} (${(text.length / 1e6).toFixed(1)} MB)`,
          range(mermaidRuns),
          `text.split("\\n"): ${range(splitRuns)}`,
          `×${(stats(mermaidRuns).median / stats(splitRuns).median).toFixed(0)}`,
        ]);
      }
    }
    const width = [84, 28, 46, 8];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log(`\n@journeykit/export importer benchmarks (min / median / max of ${repeat} runs)`);
    console.log(line(["measure", "journeykit", "baseline (same run, same text)", "ratio"]));
    for (const row of rows) console.log(line(row));
  });
});
