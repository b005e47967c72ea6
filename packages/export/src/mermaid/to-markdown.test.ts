import { readFile } from "node:fs/promises";
import { createJourneyMap, type JourneyMap, parseJourneyMap } from "@journeykit/core";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { journeyMapArbitrary } from "../../../core/test/arbitraries.js";
import { fromMermaid } from "./from-mermaid.js";
import { escapeMarkdownText, toMarkdown } from "./to-markdown.js";
import { toMermaid } from "./to-mermaid.js";

const hostileFile = async (name: string): Promise<JourneyMap> => {
  const result = parseJourneyMap(
    await readFile(new URL(`../../test/hostile/${name}`, import.meta.url), "utf8"),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
};

/** CommonMark with HTML enabled, as GitHub and most renderers read it. */
const markdown = new MarkdownIt({ html: true });

/** What a renderer makes of the document: its block tokens (type and, for the fence, the info string). */
const blocks = (text: string) =>
  markdown
    .parse(text, {})
    .filter((t) => t.level === 0 && t.nesting !== -1)
    .map((t) => (t.type === "fence" ? `fence ${t.info}` : t.type));

/** The diagram fromMermaid reads, without its generated ids (written back out by toMermaid). */
const diagramOf = (text: string) => {
  const result = fromMermaid(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return toMermaid(result.map);
};

const hostileTexts = fc.constantFrom(
  '</div><script>alert("x")</script>',
  "```",
  "a line\n```\nwith a fence",
  "~~~mermaid",
  "```mermaid\njourney\n  title Injected\n  section S\n    Owned: 5: Eve\n```",
  "%% comment",
  "%%{init: {}}%%",
  "# heading\n> quote\n- item\n1. item",
  "    four spaces",
  "[link](javascript:alert(1))",
  "<img src=x onerror=alert(1)>",
  "\u2028\u0085\r\n\r",
  "| a | b |\n|---|---|",
  "***\n===",
);

describe("toMarkdown", () => {
  it("renders a hostile title and description as text: one heading, paragraphs, one mermaid fence", async () => {
    const map = await hostileFile("markdown-hostile-title.journey.json");
    const text = toMarkdown(map);
    const structure = blocks(text);
    expect(structure[0]).toBe("heading_open");
    expect(structure.at(-1)).toBe("fence mermaid");
    expect(structure.filter((b) => b !== "paragraph_open")).toEqual(["heading_open", "fence mermaid"]);
    expect(structure.filter((b) => b === "paragraph_open").length).toBeGreaterThan(1);
    const html = markdown.render(text);
    expect(html).not.toMatch(/<(script|img|div|b)\b/i);
    expect(html).toContain("&lt;/div&gt;&lt;script&gt;");
  });

  it("reads back to the same diagram as the bare Mermaid text, whatever the names (property)", async () => {
    const file = await hostileFile("markdown-hostile-title.journey.json");
    expect(diagramOf(toMarkdown(file))).toBe(diagramOf(toMermaid(file)));
    fc.assert(
      fc.property(
        journeyMapArbitrary,
        fc.array(hostileTexts, { minLength: 4, maxLength: 4 }),
        (map, texts) => {
          map.title = texts[0]!;
          map.description = texts[1]!;
          for (const stage of map.stages) stage.name = texts[2]!;
          for (const card of map.cards) card.text = texts[3]!;
          const text = toMarkdown(map);
          expect(diagramOf(text)).toBe(diagramOf(toMermaid(map)));
          const structure = blocks(text);
          expect(structure.filter((b) => b.startsWith("fence"))).toEqual(["fence mermaid"]);
          expect(
            structure.filter(
              (b) => !["paragraph_open", "inline", "heading_open", "fence mermaid"].includes(b),
            ),
          ).toEqual([]);
        },
      ),
      { numRuns: process.env.CI ? 200 : 60 },
    );
  });

  it("escapes every ASCII punctuation character and drops control characters", () => {
    expect(escapeMarkdownText("  <b>*x*</b> `y` #1 [a](b)\t")).toBe(
      "\\<b\\>\\*x\\*\\<\\/b\\> \\`y\\` \\#1 \\[a\\]\\(b\\) ",
    );
    const map = createJourneyMap({ title: "" });
    expect(toMarkdown(map).startsWith("# Journey\n\n```mermaid\njourney\n")).toBe(true);
  });
});
