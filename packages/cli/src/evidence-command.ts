import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { formatIssue, type JourneyMap } from "@journeykit/core";
import {
  analyzeEvidence,
  applyEvidence,
  assumptionGaps,
  type ColumnCorrection,
  checkMentionRules,
  correctMapping,
  detectColumns,
  type MentionRule,
  type Period,
  type PlacementSummary,
  previousPlacement,
  readTable,
} from "@journeykit/evidence";
import { toJson } from "@journeykit/export";
import { readInput } from "./read-input.js";
import { writeAtomic } from "./write-atomic.js";

/** Largest survey export the CLI reads (100,000 rows with comments are about 20 MB). */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;

/** Options of `journeykit evidence`. */
export interface EvidenceOptions {
  out: string;
  mapping?: string;
  rules?: string;
  period?: Period;
  /** The source's name in the map (default: the data file's name). */
  source?: string;
  /** Print the placement rules used, as JSON `--rules` reads. */
  printRules?: boolean;
  /** Detect the columns and start from the default rules even when the map has a source of the same kind of file. */
  fresh?: boolean;
  /**
   * Which suggested pain points to put on the map: none by default (they are printed, numbered);
   * `true` or "all" adds them all, "1,3" the ones numbered so.
   */
  painPoints?: boolean | string;
}

/** A mistake in how the command was called (exit 2), as opposed to bad input files (exit 1). */
export class EvidenceUsageError extends Error {}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new Error(
      `${file}: cannot read the ${what} file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`${file}: the ${what} file is not valid JSON (${(error as Error).message})`);
  }
}

/** Column corrections from `--mapping`: a list, or `{ "columns": [...] }`. */
async function readCorrections(file: string): Promise<ColumnCorrection[]> {
  const json = await readJson(file, "mapping");
  const list = Array.isArray(json) ? json : (json as { columns?: unknown } | null)?.columns;
  if (!Array.isArray(list))
    throw new Error(`${file}: expected a list of column corrections, or { "columns": [...] }`);
  return list as ColumnCorrection[];
}

const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;

/** The numbers (1-based) of the suggested pain points `--pain-points` chose: none, all, or a list. */
function chosenPainPoints(which: boolean | string | undefined, suggested: number): Set<number> {
  if (which === undefined || which === false) return new Set();
  if (which === true || which.trim().toLowerCase() === "all")
    return new Set(Array.from({ length: suggested }, (_, i) => i + 1));
  const numbers = which.split(",").map((part) => part.trim());
  const chosen = new Set<number>();
  for (const part of numbers) {
    const n = Number(part);
    if (!/^\d+$/.test(part) || n < 1 || n > suggested)
      throw new EvidenceUsageError(
        `--pain-points ${which}: "${part}" is not the number of a suggested pain point (${suggested ? `1-${suggested}` : "none suggested"}; or "all")`,
      );
    chosen.add(n);
  }
  return chosen;
}

/**
 * `journeykit evidence <map> <data> -o <out>`: read the map and a survey or review export, detect the
 * columns (corrected by `--mapping`), place rows by stage column or `--rules`, and write the map with
 * the evidence applied. When the map already has a source read from the same kind of file (the same
 * headers), its mapping and rules are reused (the monthly series compares like with like) unless
 * `--fresh`; `--mapping` corrects the reused mapping, `--rules` replaces the reused rules. Suggested
 * pain points are printed, numbered, and put on the map only when `--pain-points` chooses them (all,
 * or "1,3"). Returns the lines to print: what was added, the suggested pain points, the warnings, and
 * where the room and the data disagree. Bad files throw an Error naming the file (exit 1).
 */
export async function runEvidence(
  mapFile: string,
  dataFile: string,
  options: EvidenceOptions,
): Promise<string[]> {
  if (!/\.json$/i.test(options.out))
    throw new EvidenceUsageError(`-o ${options.out}: the output is a map, write it to a .json file`);
  const loaded = await readInput(mapFile);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    throw new Error(`${mapFile}: ${first ? formatIssue(first) : "not a valid journey map"}`);
  }
  const map: JourneyMap = loaded.map;
  let size: number;
  try {
    size = (await stat(dataFile)).size;
  } catch (error) {
    throw new Error(
      `${dataFile}: cannot read the data file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  if (size > MAX_EVIDENCE_BYTES)
    throw new Error(
      `${dataFile}: ${(size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB limit`,
    );
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(new Uint8Array(await readFile(dataFile)), { fileName: dataFile });
  } catch (error) {
    throw new Error(`${dataFile}: ${(error as Error).message}`);
  }
  const previous = options.fresh ? undefined : previousPlacement(map, table.headers);
  let mapping = previous?.mapping ?? detectColumns(table, map);
  if (options.mapping) {
    try {
      mapping = correctMapping(mapping, await readCorrections(options.mapping));
    } catch (error) {
      throw new Error(`${options.mapping}: ${(error as Error).message.replace(`${options.mapping}: `, "")}`);
    }
  }
  let rules: MentionRule[] | undefined = previous?.rules;
  if (options.rules) {
    const json = await readJson(options.rules, "rules");
    try {
      rules = checkMentionRules(
        Array.isArray(json) ? json : (json as { rules?: unknown } | null)?.rules,
        map,
      );
    } catch (error) {
      throw new Error(`${options.rules}: ${(error as Error).message}`);
    }
  }
  const analysis = analyzeEvidence(map, table, mapping, {
    sourceName: options.source ?? basename(dataFile),
    ...(rules ? { rules } : {}),
    ...(options.period ? { period: options.period } : {}),
  });
  // Suggested pain points are proposals: only the ones --pain-points chooses go onto the map.
  const chosen = chosenPainPoints(options.painPoints, analysis.painPoints.length);
  const next = applyEvidence(map, {
    ...analysis,
    painPoints: analysis.painPoints.filter((_, i) => chosen.has(i + 1)),
  });
  await writeAtomic(options.out, toJson(next));

  const added = next.metrics.length - map.metrics.length;
  const extended = next.metrics.filter((m) => {
    const before = map.metrics.find((b) => b.id === m.id);
    return before !== undefined && (before.series?.length ?? 0) !== (m.series?.length ?? 0);
  }).length;
  const roles = mapping.columns
    .filter((c) => c.role !== "ignore")
    .map((c) => `${c.role}: "${table.headers[c.index]}"`);
  const lines = [
    `${dataFile}: ${count(table.rows.length, "row")} read (${table.shape}, ${table.format}); columns: ${roles.join(", ") || "none"}`,
    `${options.out}: added source "${analysis.source.name}", ${count(added, "metric")}${extended ? ` (${extended} series extended with dated points)` : ""}, ${count(next.quotes.length - map.quotes.length, "quote")}, ${count(analysis.emotions.length, "measured emotion point")}, ${count(next.cards.length - map.cards.length, "pain-point card")}, ${count(next.momentsOfTruth.length - map.momentsOfTruth.length, "moment of truth", "moments of truth")}; ${count(analysis.rows.unassigned, "row")} on no stage`,
    ...(previous
      ? [
          `placement: reused from "${previous.source.name}" (imported ${previous.source.importedAt.slice(0, 10)})${options.mapping ? ", columns corrected by --mapping" : ""}${options.rules ? ", rules from --rules" : ""}; --fresh to detect again`,
        ]
      : []),
    ...placementLines(map, analysis.placement),
    ...analysis.painPoints.map((p, i) => {
      const stage = map.stages.find((s) => s.id === p.stageId)?.name ?? p.stageId;
      return `pain point ${i + 1}${chosen.has(i + 1) ? " (added)" : ""}: ${stage}: ${p.text} (severity ${p.severity})`;
    }),
    ...(analysis.painPoints.length > 0 && chosen.size === 0
      ? [
          `pain points: none added (${count(analysis.painPoints.length, "suggestion")}); --pain-points adds them all, --pain-points 1,3 the ones numbered`,
        ]
      : []),
    ...table.warnings.map((w) => `${dataFile}: warning: ${w}`),
    ...analysis.warnings.map((w) => `${dataFile}: warning: ${w}`),
    ...assumptionGaps(next).map((g) => {
      const persona = next.personas.find((p) => p.id === g.personaId)?.name ?? g.personaId;
      return `gap: ${g.stageName} (${persona}): customers feel ${g.gap < 0 ? "worse" : "better"} than the room assumed: ${g.summary}`;
    }),
    ...(options.printRules
      ? [
          "rules used (JSON, as --rules reads it):",
          JSON.stringify({ rules: analysis.placement?.rules ?? [] }),
        ]
      : []),
  ];
  return lines;
}

/** One line per stage that got rows: how many, and how they were placed. */
function placementLines(map: JourneyMap, placement: PlacementSummary | undefined): string[] {
  if (!placement) return [];
  const lines = placement.stages.flatMap((s) => {
    const parts = [
      s.byColumn ? `${s.byColumn} by column` : "",
      s.byRule ? `${s.byRule} by rule` : "",
      s.byLearned ? `${s.byLearned} by learned word` : "",
      s.several ? `${s.several} tied with another stage` : "",
    ].filter(Boolean);
    const name = map.stages.find((stage) => stage.id === s.stageId)?.name ?? s.stageId;
    return parts.length ? [`placement: ${name}: ${parts.join(", ")}`] : [];
  });
  if (placement.several > 0)
    lines.push(`placement: ${count(placement.several, "row")} matched several stages equally (on none)`);
  return lines;
}
