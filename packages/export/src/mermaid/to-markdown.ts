import type { JourneyMap } from "@journeykit/core";
import { trustedMap } from "../trusted-map.js";
import { toMermaid } from "./to-mermaid.js";

/** Line breaks of every kind, including the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;

/**
 * Text as inert Markdown inline content: every ASCII punctuation character gets a backslash
 * (CommonMark makes any escaped punctuation literal), so `<script>` stays text instead of HTML, and
 * `#`, `>`, `-`, `1.`, `|`, `[x](y)`, `*`, `_`, backticks and tildes start nothing (no heading, quote,
 * list, table, link, emphasis or code fence); control characters (tabs too) become spaces and leading
 * spaces are dropped (four of them would start a code block).
 */
export function escapeMarkdownText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .replace(/[!-/:-@[-`{-~]/g, "\\$&")
      .replace(/^[ \t]+/, "")
  );
}

/**
 * The map as a Markdown document that renders inert and reads back: a heading with the title, the
 * description as paragraphs (both escaped with `escapeMarkdownText`, so no HTML, fence or Mermaid
 * block can be injected), then the `toMermaid` diagram in a ```` ```mermaid ```` fence longer than
 * any backtick run in it. `fromMermaid(toMarkdown(map))` reads the same diagram as
 * `fromMermaid(toMermaid(map))`. Throws when the map is invalid. The CLI writes it for `render -o map.md`.
 *
 * @example
 * await writeFile("journey.md", toMarkdown(map));
 */
export function toMarkdown(map: JourneyMap): string {
  const valid = trustedMap(map);
  const diagram = toMermaid(valid);
  const longestRun = Math.max(0, ...(diagram.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  const title = valid.title.split(LINE_BREAK).map(escapeMarkdownText).join(" ").trim();
  const paragraphs = (valid.description ?? "")
    .split(/(?:\r\n|[\n\r\u2028\u2029\u0085])[ \t]*(?:\r\n|[\n\r\u2028\u2029\u0085])/)
    .map((paragraph) =>
      paragraph
        .split(LINE_BREAK)
        .map((line) => escapeMarkdownText(line).trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean);
  const blocks = [`# ${title || "Journey"}`, ...paragraphs, `${fence}mermaid\n${diagram}\n${fence}`];
  return `${blocks.join("\n\n")}\n`;
}
