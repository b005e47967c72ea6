import { extname } from "node:path";
import { formatIssue, type Issue } from "@journeykit/core";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { toCsv } from "../csv/to-csv.js";
import { toJson } from "../json/to-json.js";
import { toMermaid } from "../mermaid/to-mermaid.js";
import { renderPng } from "../png/render-png.js";
import type { SlidePreset } from "../png/slide-presets.js";
import { toPptx } from "../pptx/to-pptx.js";
import { renderSvg } from "../svg/render-svg.js";
import { readInput } from "./read-input.js";
import { writeAtomic } from "./write-atomic.js";

/** Where the CLI writes. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class CliFailure extends Error {}

const fail = (message: string): never => {
  throw new CliFailure(message);
};

function parseScale(value: string): number {
  const scale = Number(value);
  if (!(scale > 0 && scale <= 8)) throw new InvalidArgumentError("must be a number above 0 and at most 8");
  return scale;
}

async function load(file: string) {
  const result = await readInput(file);
  if (!result.ok)
    fail(
      `${file}: ${result.errors.map(formatIssue).slice(0, 1).join("")}${result.errors.length > 1 ? ` (and ${result.errors.length - 1} more; run "journeykit validate ${file}")` : ""}`,
    );
  return result as Extract<typeof result, { ok: true }>;
}

/**
 * The `journeykit` command line: `validate`, `render`, `migrate`. Returns the exit code; never exits
 * the process itself (so tests run it in-process).
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const program = new Command("journeykit")
    .description("Validate, migrate and render journeykit journey maps")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command("validate")
    .description("check a map file; prints every problem with its path")
    .argument("<file>", ".journey.json, .png (exported by journeykit), .md/.mmd (Mermaid) or .csv")
    .action(async (file: string) => {
      const result = await readInput(file);
      if (!result.ok) {
        for (const issue of result.errors) io.stderr(`${file}: ${formatIssue(issue)}\n`);
        fail(`${file}: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}`);
      } else {
        for (const warning of (result as { warnings: Issue[] }).warnings)
          io.stdout(`${file}: warning: ${formatIssue(warning)}\n`);
        io.stdout(`${file}: ok (${result.map.stages.length} stages, ${result.map.cards.length} cards)\n`);
      }
    });

  program
    .command("render")
    .description(
      "write the map as PNG, SVG, PPTX, CSV, Markdown (Mermaid) or JSON, chosen by the output's extension",
    )
    .argument("<file>", "input map")
    .requiredOption("-o, --out <path>", "output file: .png, .svg, .pptx, .csv, .md or .json")
    .addOption(new Option("--preset <preset>", "PNG slide frame").choices(["16:9", "4:3", "A4"]))
    .addOption(
      new Option("--scale <n>", "PNG pixel ratio, above 0 and at most 8").argParser(parseScale).default(1),
    )
    .addOption(new Option("--rows <rows>", "CSV rows").choices(["cards", "touchpoints"]).default("cards"))
    .addOption(new Option("--theme <theme>", "colour theme").choices(["light", "dark"]).default("light"))
    .action(
      async (
        file: string,
        options: {
          out: string;
          preset?: SlidePreset;
          scale: number;
          theme: "light" | "dark";
          rows: "cards" | "touchpoints";
        },
      ) => {
        const { map } = await load(file);
        const { scale } = options;
        const ext = extname(options.out).toLowerCase();
        let data: string | Uint8Array;
        if (ext === ".png")
          data = await renderPng(map, {
            scale,
            theme: options.theme,
            ...(options.preset ? { preset: options.preset } : {}),
          });
        else if (ext === ".svg") data = renderSvg(map, { theme: options.theme });
        else if (ext === ".pptx") data = await toPptx(map, { theme: options.theme });
        else if (ext === ".csv") data = toCsv(map, { kind: options.rows });
        else if (ext === ".md") data = `# ${map.title}\n\n\`\`\`mermaid\n${toMermaid(map)}\n\`\`\`\n`;
        else if (ext === ".json") data = toJson(map);
        else
          return fail(`cannot render to "${ext || options.out}": use .png, .svg, .pptx, .csv, .md or .json`);
        await writeAtomic(options.out, data);
        io.stdout(`${options.out}: written\n`);
      },
    );

  program
    .command("migrate")
    .description("upgrade a map file to the current format version")
    .argument("<file>", "input .journey.json")
    .option("-o, --out <path>", "output file (default: print to stdout)")
    .action(async (file: string, options: { out?: string }) => {
      const { map, warnings } = await load(file);
      const migrated = warnings.find((w) => w.path === "version");
      const json = toJson(map);
      if (options.out) {
        await writeAtomic(options.out, json);
        io.stderr(`${options.out}: ${migrated ? migrated.message : "already at the current version"}\n`);
      } else io.stdout(json);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`journeykit: ${message.split("\n")[0]}\n`);
    return 1;
  }
}
