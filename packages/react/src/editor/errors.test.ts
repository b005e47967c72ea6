// @vitest-environment node
import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { type ErrorCode, errorMessages } from "./errors.js";

const docsFolder = new URL("../../../../docs/", import.meta.url);

/** Every guide in docs/: its title (the first heading) and the titles of its sections. */
async function guides(): Promise<{ title: string; sections: string[] }[]> {
  const files = (await readdir(docsFolder)).filter((name) => name.endsWith(".md"));
  return Promise.all(
    files.map(async (name) => {
      const headings = (await readFile(new URL(name, docsFolder), "utf8"))
        .split("\n")
        .filter((line) => /^#{1,6} /.test(line))
        .map((line) => line.replace(/^#+ /, "").trim());
      return { title: headings[0] ?? "", sections: headings.slice(1) };
    }),
  );
}

const samples: { [K in ErrorCode]: () => string } = {
  error001: () => errorMessages.error001(),
  error002: () => errorMessages.error002("cards[0].stageId: no stage"),
  error003: () => errorMessages.error003(),
  error004: () => errorMessages.error004("addCard"),
};

describe("errorMessages", () => {
  it.each(Object.keys(samples) as ErrorCode[])(
    "%s names a guide and a section that exist, not a repository path or an anchor",
    async (code) => {
      const message = samples[code]();
      expect(message).not.toMatch(/docs\/|\.md|#/);
      const [, section, title] = /See "([^"]+)" in the journeykit guide "([^"]+)"\.$/.exec(message) ?? [];
      expect(section, message).toBeDefined();
      const guide = (await guides()).find((g) => g.title.startsWith(title!));
      expect(guide?.sections, `a guide titled "${title}"`).toContain(section);
    },
  );
});
