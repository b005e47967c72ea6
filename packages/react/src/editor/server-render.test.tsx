import { getTemplate } from "@journeykit/core";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { es } from "../i18n/locales/es.js";
import { JourneyMapEditor } from "./JourneyMapEditor.js";

const map = getTemplate("saas-trial")!.create();

/** The id prefixes of the editors in server-rendered HTML: those the ARIA grid's rows own (`jk…-stage-…`). */
function editorIds(html: string): string[] {
  const owned = [...html.matchAll(/aria-owns="([^"]+)"/g)].flatMap((m) => m[1]!.split(" "));
  return [...new Set(owned.map((id) => id.slice(0, id.indexOf("-"))))];
}

describe("JourneyMapEditor rendered on a server", () => {
  it("sends the same ids for the same page however many pages the server rendered before (they hydrate)", () => {
    const first = renderToString(<JourneyMapEditor defaultValue={map} />);
    const later = renderToString(<JourneyMapEditor defaultValue={map} />);
    expect(editorIds(first)).toHaveLength(1);
    expect(later).toBe(first);
  });

  it("gives two editors on one page ids of their own, plain CSS selectors", () => {
    const html = renderToString(
      <>
        <JourneyMapEditor defaultValue={map} />
        <JourneyMapEditor defaultValue={map} readOnly />
      </>,
    );
    const ids = editorIds(html);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^jk[\w-]+$/);
  });

  it("sends the page in the editor's language when given its module, and no English before a language loads", () => {
    const spanish = renderToString(<JourneyMapEditor defaultValue={map} locale="es" messages={es} />);
    expect(spanish).toContain("+ Etapa");
    expect(spanish).toContain('lang="es"');
    expect(spanish).not.toContain("+ Stage");
    const loading = renderToString(<JourneyMapEditor defaultValue={map} locale="de" />);
    expect(loading).toContain('aria-busy="true"');
    expect(loading).not.toContain("+ Stage");
  });
});
