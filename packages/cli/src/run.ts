import { extname } from "node:path";
import { formatIssue, type JourneyMap } from "@journeykit/core";
import {
  loadExportMessages,
  PngSizeError,
  renderSvg,
  type SlidePreset,
  toCsv,
  toJson,
  toMarkdown,
  toPdf,
  toPptx,
} from "@journeykit/export";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { EvidenceOptions } from "./evidence-command.js";
import { packageVersion } from "./package-version.js";
import { MAX_LISTED_PROBLEMS, problemReport } from "./problem-report.js";
import { readInput } from "./read-input.js";
import { bundledFonts } from "./render-fonts.js";
import { type RepairOptions, RepairRefusedError, RepairUsageError, runRepair } from "./repair-command.js";
import { terminalLine } from "./terminal-text.js";
import { writeAtomic } from "./write-atomic.js";

/** Where the CLI writes. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes: 0 ok, 1 invalid input (or an output that cannot be written), 2 usage. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

/** A failure already explained: `message` is printed as one line (unless empty: already printed). */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The output kinds `render` writes, by extension. */
const OUTPUTS = [".png", ".svg", ".pptx", ".pdf", ".csv", ".md", ".json"] as const;
type OutputExtension = (typeof OUTPUTS)[number];

function parseScale(value: string): number {
  const scale = Number(value);
  if (!(scale > 0 && scale <= 8)) throw new InvalidArgumentError("must be a number above 0 and at most 8");
  return scale;
}

/** A BCP 47 tag as given ("es", "de-AT"), or a usage error for one that is not a tag. */
function parseLocale(value: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical) return canonical;
  } catch {
    // A malformed tag: the error below says what is wanted.
  }
  throw new InvalidArgumentError('must be a language tag such as "es", "de" or "fr-CA"');
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!(Number.isInteger(n) && n >= 1)) throw new InvalidArgumentError("must be a whole number from 1");
  return n;
}

/** The page size `--page` names for this output, or a usage error saying which fit. */
function pageFor(ext: OutputExtension, page: string | undefined) {
  const sizes: Partial<Record<OutputExtension, readonly string[]>> = {
    ".pptx": ["16:9", "4:3"],
    ".pdf": ["A4", "Letter"],
  };
  const allowed = sizes[ext];
  if (page === undefined) return undefined;
  if (!allowed?.includes(page))
    throw new CliFailure(
      `--page ${page} does not apply to ${ext}: ${allowed ? `use ${allowed.join(" or ")}` : "it is for .pptx (16:9, 4:3) and .pdf (A4, Letter)"}`,
      EXIT.usage,
    );
  return page;
}

function outputExtension(out: string): OutputExtension {
  const ext = extname(out).toLowerCase();
  if ((OUTPUTS as readonly string[]).includes(ext)) return ext as OutputExtension;
  throw new CliFailure(
    `cannot render to "${ext || out}": use ${OUTPUTS.slice(0, -1).join(", ")} or ${OUTPUTS.at(-1)}`,
    EXIT.usage,
  );
}

/** A valid map from `file`, or a one-line reason naming the file and the first problem. */
async function load(file: string) {
  const result = await readInput(file);
  if (result.ok) return result;
  const total = result.total ?? result.errors.length;
  const first = result.errors[0];
  throw new CliFailure(
    `${file}: ${first ? formatIssue(first) : "not a valid journey map"}${total > 1 ? ` (and ${total - 1} more; run "journeykit validate ${file}")` : ""}`,
    EXIT.invalidInput,
  );
}

interface RenderOptions {
  out: string;
  preset?: SlidePreset;
  scale: number;
  width?: number;
  slide?: number;
  page?: string;
  theme: "light" | "dark";
  rows: "cards" | "touchpoints";
  locale?: string;
}

/** The outputs that write words of their own (`--locale`); CSV, Markdown and JSON write the map's alone. */
const WORDED: readonly OutputExtension[] = [".png", ".svg", ".pptx", ".pdf"];

/** The language `--locale` names for this output, or a usage error saying which outputs take one. */
function localeFor(ext: OutputExtension, locale: string | undefined) {
  if (locale !== undefined && !WORDED.includes(ext))
    throw new CliFailure(
      `--locale ${locale} does not apply to ${ext}: it writes the map's own words only (use it with ${WORDED.join(", ")})`,
      EXIT.usage,
    );
  return locale;
}

async function renderTo(ext: OutputExtension, map: JourneyMap, options: RenderOptions) {
  const { theme } = options;
  const locale = localeFor(ext, options.locale);
  switch (ext) {
    case ".png":
      if (options.slide !== undefined && !options.preset)
        throw new CliFailure(
          "--slide picks a slide of the deck: give a --preset (16:9, 4:3 or A4) too",
          EXIT.usage,
        );
      try {
        // Loaded when a PNG is asked for: Skia's native module costs other commands nothing.
        const { renderPng } = await import("./render-png.js");
        return await renderPng(map, {
          scale: options.scale,
          theme,
          locale,
          ...(options.width ? { width: options.width } : {}),
          ...(options.preset ? { preset: options.preset, slide: options.slide ?? 1 } : {}),
        });
      } catch (error) {
        // Over the pixel budget: one line naming the largest --scale that fits, exit 1.
        if (error instanceof PngSizeError)
          throw new CliFailure(
            `${options.out}: the PNG would be ${error.width} × ${error.height} px, over the pixel budget; ${error.maxPixelRatio > 0 ? `the largest --scale that fits is ${error.maxPixelRatio}` : "render SVG instead"}`,
            EXIT.invalidInput,
          );
        throw error;
      }
    case ".svg":
      return renderSvg(map, { theme, locale, messages: await loadExportMessages(locale) });
    case ".pptx":
      return toPptx(map, { theme, locale, size: (pageFor(ext, options.page) ?? "16:9") as "16:9" | "4:3" });
    case ".pdf":
      return toPdf(map, {
        theme,
        locale,
        size: (pageFor(ext, options.page) ?? "A4") as "A4" | "Letter",
        fonts: bundledFonts(),
      });
    case ".csv":
      return toCsv(map, { kind: options.rows });
    case ".md":
      return toMarkdown(map);
    case ".json":
      return toJson(map);
  }
}

/** Commander's own messages ("error: unknown command 'x'\n(Did you mean y?)") as one line. */
const oneLine = (message: string) =>
  message
    .replace(/^error: /, "")
    .split("\n")
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");

/**
 * The `journeykit` command line: `validate`, `render`, `migrate`, `repair`, `evidence`, `--version`, `--help`. Returns the
 * exit code (`EXIT`: 0 ok, 1 invalid input, 2 usage) and never exits the process itself, so tests run
 * it in-process. Every failure is one line on stderr; `validate` lists every problem of a file. Every
 * message line goes through `terminalLine`, so file names, ids and titles cannot move to a new line
 * or drive the terminal; only `migrate`'s JSON on stdout is written as it is.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  /** Print one message line (made inert by `terminalLine`). */
  const say = {
    out: (line: string) => io.stdout(`${terminalLine(line)}\n`),
    err: (line: string) => io.stderr(`${terminalLine(line)}\n`),
  };
  const program = new Command("journeykit")
    .description("Validate, migrate, repair and render journeykit journey maps")
    .version(packageVersion(), "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) =>
        write(`${terminalLine(`journeykit: ${oneLine(message)} (see journeykit --help)`)}\n`),
    });

  program
    .command("validate")
    .description("check a map file; prints every problem with its path (structure and references)")
    .argument("<file>", ".journey.json, .png (exported by journeykit), .md/.mmd (Mermaid) or .csv")
    .action(async (file: string) => {
      const result = await readInput(file);
      if (!result.ok) {
        for (const line of problemReport(file, result.errors, result.total ?? result.errors.length))
          say.err(line);
        throw new CliFailure("", EXIT.invalidInput);
      }
      const warnings = result.warnings;
      for (const warning of warnings.slice(0, MAX_LISTED_PROBLEMS))
        say.out(`${file}: warning: ${formatIssue(warning)}`);
      if (warnings.length > MAX_LISTED_PROBLEMS)
        say.out(`${file}: … and ${warnings.length - MAX_LISTED_PROBLEMS} more warnings`);
      const older =
        result.migratedFrom === undefined
          ? ""
          : `; a version ${result.migratedFrom} file, read as version ${result.map.version}`;
      say.out(
        `${file}: valid (${result.map.stages.length} stages, ${result.map.cards.length} cards${older})`,
      );
    });

  program
    .command("render")
    .description(
      "write the map as PNG, SVG, PPTX, PDF, CSV, Markdown (Mermaid) or JSON, chosen by the output's extension",
    )
    .argument("<file>", "input map")
    .requiredOption("-o, --out <path>", "output file: .png, .svg, .pptx, .pdf, .csv, .md or .json")
    .addOption(
      new Option("--preset <preset>", "PNG of one slide of the deck in this frame").choices([
        "16:9",
        "4:3",
        "A4",
      ]),
    )
    .addOption(
      new Option("--slide <n>", "which slide with --preset (default 1, the overview)").argParser(
        parsePositive,
      ),
    )
    .addOption(new Option("--width <px>", "PNG width in pixels (overrides --scale)").argParser(parsePositive))
    .addOption(
      new Option("--page <size>", "slide size of .pptx (16:9, 4:3) or page size of .pdf (A4, Letter)"),
    )
    .addOption(
      new Option("--scale <n>", "PNG pixel ratio, above 0 and at most 8").argParser(parseScale).default(1),
    )
    .addOption(new Option("--rows <rows>", "CSV rows").choices(["cards", "touchpoints"]).default("cards"))
    .addOption(new Option("--theme <theme>", "colour theme").choices(["light", "dark"]).default("light"))
    .addOption(
      new Option(
        "--locale <tag>",
        "language of the words .png, .svg, .pptx and .pdf write and how their numbers read (words in en, es, de, fr; default English, numbers as the map's locale)",
      ).argParser(parseLocale),
    )
    .action(async (file: string, options: RenderOptions) => {
      const ext = outputExtension(options.out);
      const { map } = await load(file);
      await writeAtomic(options.out, await renderTo(ext, map, options));
      say.out(`${options.out}: written`);
    });

  program
    .command("migrate")
    .description("upgrade a map file to the current format version")
    .argument("<file>", "input map")
    .option("-o, --out <path>", "output file (default: print to stdout)")
    .action(async (file: string, options: { out?: string }) => {
      const { map, migratedFrom } = await load(file);
      const what =
        migratedFrom === undefined
          ? "already at the current version"
          : `migrated from version ${migratedFrom} to ${map.version}`;
      const json = toJson(map);
      if (options.out) {
        await writeAtomic(options.out, json);
        say.out(`${file}: ${what}; written to ${options.out}`);
      } else {
        io.stdout(json);
        say.err(`${file}: ${what}`);
      }
    });

  program
    .command("repair")
    .description(
      "open a damaged map file as far as it can be opened: lists each repair (nothing people typed is dropped: records that cannot stay are kept in the map's meta) and writes the repaired map",
    )
    .argument("<file>", "input map (.journey.json)")
    .option("-o, --out <path>", "output map (.json); may name the input file itself to repair it in place")
    .option("--dry-run", "list the repairs only; write nothing")
    .action(async (file: string, options: RepairOptions) => {
      try {
        for (const line of await runRepair(file, options)) say.out(line);
      } catch (error) {
        if (error instanceof RepairUsageError) throw new CliFailure(error.message, EXIT.usage);
        if (error instanceof RepairRefusedError) throw new CliFailure(error.message, EXIT.invalidInput);
        throw error;
      }
    });

  program
    .command("evidence")
    .description(
      "add what customers said (a survey or review export) to a map: metrics with n and margin, quotes, measured curve",
    )
    .argument("<map>", "input map")
    .argument("<data>", "survey or feedback export: .csv (any delimiter, UTF-8/16) or .xlsx")
    .requiredOption("-o, --out <path>", "output map (.json)")
    .option(
      "--mapping <file>",
      'column corrections (JSON): [{ "header" or "index", "role", "scale"?, "stageId"? }]',
    )
    .option(
      "--rules <file>",
      'placement rules (JSON): [{ "stageId", "touchpointId"?, "keywords": [...] }] (default: the map\'s latest source of the same kind of file, else from the stage names)',
    )
    .option("--print-rules", "print the placement rules used, as JSON --rules reads")
    .option(
      "--fresh",
      "detect the columns and rules again instead of reusing the map's latest source of the same kind of file",
    )
    .option(
      "--pain-points [which]",
      'put suggested pain points on the map: all of them, or the numbers printed ("1,3"); default none',
    )
    .option("--source <name>", "the source's name in the map (default: the data file's name)")
    .addOption(
      new Option("--period <period>", "series points per").choices(["month", "week"]).default("month"),
    )
    .action(async (file: string, data: string, options: EvidenceOptions) => {
      // Loaded on use: the survey readers and sentiment lexicons cost every other command ~170 ms.
      const { EvidenceUsageError, runEvidence } = await import("./evidence-command.js");
      try {
        for (const line of await runEvidence(file, data, options)) say.out(line);
      } catch (error) {
        if (error instanceof EvidenceUsageError) throw new CliFailure(error.message, EXIT.usage);
        throw error;
      }
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliFailure) {
      if (error.message) say.err(`journeykit: ${error.message}`);
      return error.exitCode;
    }
    // The whole message on one line: a file name in it may hold a line break.
    const message = error instanceof Error ? error.message : String(error);
    say.err(`journeykit: ${message}`);
    return EXIT.invalidInput;
  }
}
