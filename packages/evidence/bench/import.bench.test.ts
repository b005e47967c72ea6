import Papa from "papaparse";
import { it } from "vitest";
import { analyzeEvidence, detectColumns, readTable } from "../src/index";
import { bistroMap } from "../test/bistro-map";
import { surveyExport } from "./survey-export";

const ROWS = 100_000;
const RUNS = 3;
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

// Two files: comments drawn from 2,560 sentences (exports repeat themselves, and each distinct comment
// is scored once), and comments that are nearly all different (customers writing freely): the honest case.
it.each([
  ["repeated comments", false],
  ["distinct comments", true],
] as const)(
  `imports ${ROWS.toLocaleString("en")} survey rows (%s) beside papaparse alone on the same file`,
  async (kind, distinct) => {
    const bytes = new TextEncoder().encode(surveyExport(ROWS, { distinct }));
    const map = bistroMap();
    const papa: number[] = [];
    const read: number[] = [];
    const full: number[] = [];
    let rowsRead = 0;
    for (let run = 0; run < RUNS; run++) {
      // Baseline: what papaparse alone does with the file (decode the bytes, parse every row).
      let start = performance.now();
      const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true });
      papa.push(performance.now() - start);
      if (parsed.data.length !== ROWS + 1) throw new Error(`papaparse read ${parsed.data.length} rows`);
      start = performance.now();
      const table = await readTable(bytes);
      read.push(performance.now() - start);
      rowsRead = table.rows.length;
      start = performance.now();
      const again = await readTable(bytes);
      const mapping = detectColumns(again, map);
      const analysis = analyzeEvidence(map, again, mapping);
      full.push(performance.now() - start);
      // The generated export repeats a few identical submissions, which the import leaves out as duplicates.
      if (analysis.rows.used < ROWS * 0.999) throw new Error(`analysis used ${analysis.rows.used} rows`);
    }
    const line = (name: string, runs: number[]) =>
      `${name.padEnd(44)} min ${ms(Math.min(...runs))}  median ${ms(median(runs))}  max ${ms(Math.max(...runs))}  ratio (median) ${(median(runs) / median(papa)).toFixed(2)}x`;
    console.log(
      [
        `evidence import bench (${kind}): ${rowsRead.toLocaleString("en")} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${RUNS} runs, Node ${process.version}`,
        line("papaparse alone (baseline)", papa),
        line("readTable (decode, parse, header shape)", read),
        line("full import (read, detect, analyze)", full),
        `ratios run by run, readTable / papaparse: ${read.map((r, i) => (r / papa[i]!).toFixed(2)).join(", ")}`,
        `ratios run by run, full import / papaparse: ${full.map((r, i) => (r / papa[i]!).toFixed(2)).join(", ")}`,
      ].join("\n"),
    );
  },
);
