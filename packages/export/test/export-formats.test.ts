import { createCard, createJourneyMap, getTemplate, type JourneyMap } from "@journeykit/core";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { journeyMapArbitrary } from "../../core/test/arbitraries";
import { fromCsv, fromJson, InvalidMapError, renderSvg, toCsv, toJson } from "../src/index";

/** The renderer drops control characters XML cannot carry; compare texts without them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const runs = process.env.CI ? 200 : 60;
const HOSTILE = [
  '</text><script>alert("x")</script>',
  '"><img src=x onerror=alert(1)>',
  "]]><!--",
  "&#x3C;script&#x3E;",
  "\u0000\u0001\u0008 control \u001f",
  "x".repeat(400),
  "مرحبا بالعالم — RTL",
  "🙂🔥 emoji 家族",
  '=HYPERLINK("http://evil.example")',
  "javascript:alert(1)",
  "<style>@import url(http://evil)</style>",
];

function hostileMap(): JourneyMap {
  const map = getTemplate("coffee-shop-mobile-ordering")!.create();
  map.title = HOSTILE[0]!;
  map.stages[0]!.name = HOSTILE[1]!;
  map.personas[0]!.name = HOSTILE[2]!;
  map.cards.push(
    ...HOSTILE.map((text, i) =>
      createCard({ id: `hostile-${i}`, laneId: map.lanes[0]!.id, stageId: map.stages[1]!.id, text }),
    ),
  );
  map.touchpoints[0]!.name = HOSTILE[10]!;
  return map;
}

describe("renderSvg", () => {
  it("is well-formed, deterministic, and carries the map's text", () => {
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const svg = renderSvg(map);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(renderSvg(map)).toBe(svg);
    expect(svg).toContain("Main course served");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("keeps hostile text as text: no script, no event attribute, no external reference", () => {
    for (const theme of ["light", "dark"] as const) {
      const svg = renderSvg(hostileMap(), { theme });
      expect(XMLValidator.validate(svg)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(svg);
      const names = new Set<string>();
      const attributes = new Set<string>();
      const walk = (nodes: unknown[]) => {
        for (const node of nodes as Record<string, unknown>[]) {
          for (const [key, value] of Object.entries(node)) {
            if (key === ":@")
              for (const a of Object.keys(value as object)) attributes.add(a.replace("@_", ""));
            else if (key !== "#text") {
              names.add(key);
              walk(value as unknown[]);
            }
          }
        }
      };
      walk(doc);
      expect([...names].sort()).toEqual([
        "circle",
        "g",
        "line",
        "path",
        "rect",
        "svg",
        "text",
        "title",
        "tspan",
      ]);
      expect([...attributes].filter((a) => /^on|href|src|style/i.test(a))).toEqual([]);
      expect(svg).not.toMatch(/<script|<style|<img|href=/i);
    }
  });

  it("refuses an invalid map with the path that is wrong", () => {
    const map = createJourneyMap();
    map.cards.push({ id: "c", laneId: "nope", stageId: map.stages[0]!.id, text: "x" });
    expect(() => renderSvg(map)).toThrow(InvalidMapError);
    expect(() => renderSvg(map)).toThrow(/cards\[0\]\.laneId: no lane with id "nope"/);
  });
});

describe("JSON", () => {
  it("round-trips any valid map losslessly with stable key order", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, (map) => {
        const text = toJson(map);
        const back = fromJson(text);
        expect(back.ok && back.map).toEqual(map);
        expect(toJson(back.ok ? back.map : map)).toBe(text);
      }),
      { numRuns: runs },
    );
  });

  it("writes fields in schema order with unknown fields last", () => {
    const map = { ...createJourneyMap({ title: "T" }), zeta: 1, alpha: 2 } as JourneyMap;
    const keys = Object.keys(JSON.parse(toJson(map)));
    expect(keys.slice(0, 4)).toEqual(["format", "version", "id", "title"]);
    expect(keys.slice(-2)).toEqual(["alpha", "zeta"]);
  });
});

describe("CSV", () => {
  it("round-trips cards, including quotes, commas, newlines and formula-looking text", () => {
    const map = hostileMap();
    const csv = toCsv(map);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toMatch(/^=|,=/m);
    const back = fromCsv(csv);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const texts = (m: JourneyMap) => m.cards.map((c) => c.text.replace(CONTROL, "").trim());
    expect(texts(back.map)).toEqual(texts(map));
    expect(back.map.cards.find((c) => c.severity === 5)?.text).toBe(
      "Drink not ready although the app said 'ready'",
    );
  });

  it("keeps numeric cells as numbers and reports bad cells by row and column", () => {
    const csv =
      "text,stage,lane,laneKind,severity\nSlow app,Order,Pain points,painPoints,4\nCold,Eat,Pain points,painPoints,high\n";
    const result = fromCsv(csv);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: "row 3, column severity", message: 'expected an integer from 1 to 5, got "high"' }],
    });
    const ok = fromCsv(csv.replace("high", "2"));
    expect(ok.ok && ok.map.cards.map((c) => c.severity)).toEqual([4, 2]);
    expect(ok.ok && ok.map.lanes.map((l) => l.kind)).toEqual(["painPoints"]);
  });

  it("merges rows into an existing map, matching stages by name", () => {
    const map = getTemplate("gym-onboarding")!.create();
    const result = fromCsv("text,stage,lane\nNo towels at 6 am,First visit,Pain points\n", { map });
    expect(result.ok && result.map.stages.length).toBe(map.stages.length);
    expect(result.ok && result.map.cards.length).toBe(map.cards.length + 1);
  });

  it("exports touchpoints", () => {
    const csv = toCsv(getTemplate("travel-booking")!.create(), { kind: "touchpoints" });
    expect(csv.split("\r\n")[0]).toBe("id,stage,name,channel,owner,description,personas");
    const back = fromCsv(csv);
    expect(back.ok && back.map.touchpoints.length).toBe(
      getTemplate("travel-booking")!.create().touchpoints.length,
    );
  });
});
