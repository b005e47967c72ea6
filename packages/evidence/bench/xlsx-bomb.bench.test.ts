import { it } from "vitest";
import { readTable } from "../src/index";
import { checkWorkbookSize } from "../src/table/workbook-size-limit";
import { zipBombWorkbook } from "../test/crafted-zip";

const RUNS = 5;
const MB = 1024 * 1024;
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Time and resident-memory growth of one readTable call; `refused` says whether it threw. */
async function measure(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ ms: number; rssMb: number; refused: string }> {
  gc();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  let refused = "";
  try {
    await readTable(bytes, { fileName });
  } catch (error) {
    refused = error instanceof Error ? error.message : String(error);
  }
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, rssMb: (peak - before) / MB, refused };
}

it("refuses a zip-bomb .xlsx beside reading a normal 1 MB .xlsx in the same run", async () => {
  const XLSX = await import("@e965/xlsx");
  // Baseline: a survey export of ~1 MB, as the user waits for it to be read.
  const rows: (string | number)[][] = [
    ["Submitted", "How likely are you to recommend us?", "Stage", "Comment"],
  ];
  for (let i = 0; rows.length < 18_000; i++)
    rows.push([
      `2026-03-${(i % 28) + 1}`,
      i % 11,
      ["Book", "Order", "Eat", "Pay"][i % 4]!,
      `Comment ${i}: the bill took ${i % 40} minutes`,
    ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Responses");
  const normal = new Uint8Array(
    XLSX.write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer,
  );
  const bomb = zipBombWorkbook(200);
  // A directory that lies (declares 15 MB): refused only by inflating the entry once to count it.
  const lying = zipBombWorkbook(200, { declaredSize: 15 * MB });
  const cases = [
    {
      name: `normal .xlsx (${(normal.length / MB).toFixed(1)} MB, ${rows.length - 1} rows): baseline`,
      bytes: normal,
    },
    { name: `zip bomb (${(bomb.length / MB).toFixed(2)} MB -> 200 MB), declared`, bytes: bomb },
    { name: `zip bomb (${(lying.length / MB).toFixed(2)} MB -> 200 MB), lying directory`, bytes: lying },
  ];
  const lines = [`evidence .xlsx size-limit bench: ${RUNS} runs, Node ${process.version}`];
  const baseline: number[] = [];
  for (const [index, { name, bytes }] of cases.entries()) {
    const ms: number[] = [];
    const rss: number[] = [];
    let refused = "";
    for (let run = 0; run < RUNS; run++) {
      const result = await measure(bytes, "survey.xlsx");
      ms.push(result.ms);
      rss.push(result.rssMb);
      refused = result.refused;
    }
    if (index === 0) {
      if (refused) throw new Error(`the normal workbook was refused: ${refused}`);
      baseline.push(...ms);
    } else if (!refused) throw new Error(`${name} was not refused`);
    lines.push(
      `${name.padEnd(52)} time min ${Math.min(...ms).toFixed(0)} / median ${median(ms).toFixed(0)} / max ${Math.max(...ms).toFixed(0)} ms` +
        `  peak RSS growth min ${Math.min(...rss).toFixed(0)} / median ${median(rss).toFixed(0)} / max ${Math.max(...rss).toFixed(0)} MB` +
        (index === 0
          ? ""
          : `  time / baseline run by run ${ms.map((t, i) => (t / baseline[i]!).toFixed(2)).join(", ")}`),
    );
    if (refused) lines.push(`  refused: ${refused}`);
  }
  // What the guard adds to the normal read: the declared sizes, then each entry inflated once to count it.
  const check: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await checkWorkbookSize(normal, "survey.xlsx");
    check.push(performance.now() - start);
  }
  lines.push(
    `${"size check alone on the normal .xlsx".padEnd(52)} time min ${Math.min(...check).toFixed(0)} / median ${median(check).toFixed(0)} / max ${Math.max(...check).toFixed(0)} ms  share of the baseline read run by run ${check.map((t, i) => (t / baseline[i]!).toFixed(2)).join(", ")}`,
  );
  console.log(lines.join("\n"));
});
