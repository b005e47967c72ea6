// The hostile corpus of parse/validate (README.md in this folder): each attack, its expected outcome.
// No timings here: `pnpm bench` prints how long each takes and how much memory it needs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIMITS, parseJourneyMap, validateJourneyMap } from "../../src/index";
import {
  circular,
  hostileBase,
  hugeLengthProxy,
  largestAllowedEmptyObjects,
  metaEmptyObjects,
  metaLongArray,
  ownKeysThrows,
  revokedProxy,
  revokedProxyMeta,
  sharedSubObjects,
  sparseArray,
  throwingGetter,
} from "./parse-recipes";

const file = (name: string) => readFileSync(new URL(name, import.meta.url), "utf8");
const TOO_MANY = `more than ${LIMITS.maxNodes} values`;

/** The result of both entry points; neither may throw. */
function errorsOf(result: ReturnType<typeof parseJourneyMap>) {
  if (result.ok) throw new Error("expected the input to be refused");
  return result.errors;
}

describe("hostile text (parseJourneyMap)", () => {
  it("meta-6.6m-empty-objects: refused by the node budget before JSON.parse builds it", () => {
    const [error, ...rest] = errorsOf(parseJourneyMap(metaEmptyObjects()));
    expect(rest).toEqual([]);
    expect(error?.path).toMatch(/^meta\.x\[\d+\]$/);
    expect(error?.message).toContain(TOO_MANY);
  });

  it("array-9.9m-elements: refused by the node budget", () => {
    const [error] = errorsOf(parseJourneyMap(metaLongArray()));
    expect(error?.message).toContain(TOO_MANY);
  });

  it("the largest meta the node budget allows is accepted, one value more is refused", () => {
    const largest = parseJourneyMap(largestAllowedEmptyObjects());
    expect(largest.ok && largest.warnings).toEqual([]);
    expect(errorsOf(parseJourneyMap(largestAllowedEmptyObjects(1)))[0]?.message).toContain(TOO_MANY);
    // No timing here (the bench prints it): a generous timeout for a shared, busy CI machine.
  }, 60_000);

  it("bom.journey.json: a leading byte-order mark is accepted, like the CLI does", () => {
    const result = parseJourneyMap(file("bom.journey.json"));
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("duplicate-keys.json.txt: every repeated key is a warning with its path; the last value wins", () => {
    const result = parseJourneyMap(file("duplicate-keys.json.txt"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const duplicate = "key appears twice or more in this object; the last value is kept";
    expect(result.warnings).toEqual([
      { path: "title", message: duplicate },
      { path: "cards[0].text", message: duplicate },
      { path: "meta.owner", message: duplicate },
    ]);
    expect(result.map.title).toBe("Hostile corpus base");
    expect(result.map.cards[0]?.text).toBe("Orders");
  });

  it("duplicate keys written with escapes are the same key", () => {
    const result = parseJourneyMap(
      file("base.journey.json").replace('"title":', '"ti\\u0074le": "escaped", "title":'),
    );
    expect(result.ok && result.warnings).toEqual([
      { path: "title", message: "key appears twice or more in this object; the last value is kept" },
    ]);
  });

  it("builtin-named-fields.journey.json: toString, valueOf, hasOwnProperty are kept and reported", () => {
    const result = parseJourneyMap(file("builtin-named-fields.journey.json"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`).sort()).toEqual([
      "cards[0].isPrototypeOf: unknown field kept as is",
      "cards[0].toString: unknown field kept as is",
      "hasOwnProperty: unknown field kept as is",
      "toString: unknown field kept as is",
      "valueOf: unknown field kept as is",
    ]);
    expect(Object.hasOwn(result.map, "toString")).toBe(true);
  });
});

describe("hostile values in memory (validateJourneyMap, parseJourneyMap)", () => {
  it("dag-depth-40: shared sub-objects are counted per appearance and refused at the budget", () => {
    const [error] = errorsOf(validateJourneyMap(sharedSubObjects(40)));
    expect(error?.message).toContain(TOO_MANY);
    expect(error?.message).toContain("shared in memory");
  });

  it("dag-depth-10: shared sub-objects within the budget are accepted, copied as a tree", () => {
    const result = validateJourneyMap(sharedSubObjects(10));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dag = (result.map.meta as { dag: { a: unknown; b: unknown } }).dag;
    expect(dag.a).toEqual(dag.b);
    expect(dag.a).not.toBe(dag.b);
  });

  it("throwing-getter: becomes an error at the getter's path", () => {
    for (const check of [validateJourneyMap, parseJourneyMap]) {
      expect(errorsOf(check(throwingGetter()))).toEqual([
        { path: "cards[0].text", message: "could not be read: getter exploded" },
      ]);
    }
  });

  it("revoked-proxy: as meta or as the whole input, an error, not an exception", () => {
    expect(errorsOf(validateJourneyMap(revokedProxyMeta()))[0]?.path).toBe("meta");
    expect(errorsOf(parseJourneyMap(revokedProxyMeta()))[0]?.message).toMatch(/^could not be read: /);
    expect(errorsOf(validateJourneyMap(revokedProxy()))[0]).toMatchObject({ path: "" });
  });

  it("ownkeys-throws: a proxy whose keys cannot be listed is an error at its path", () => {
    expect(errorsOf(validateJourneyMap(ownKeysThrows()))).toEqual([
      { path: "meta", message: "could not be read: no keys for you" },
    ]);
  });

  it("sparse-array-2^32-1: refused by its length, before anything is allocated", () => {
    const [error] = errorsOf(validateJourneyMap(sparseArray()));
    expect(error).toMatchObject({ path: "meta.x" });
    expect(error?.message).toContain(TOO_MANY);
  });

  it("a short sparse array: each hole is an error", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the attack
    const map = { ...hostileBase(), meta: { x: [1, , 3] } };
    expect(errorsOf(validateJourneyMap(map))).toEqual([
      { path: "meta.x[1]", message: "expected a JSON value, got undefined (an empty array slot)" },
    ]);
  });

  it("array-proxy-huge-length: an array claiming 10^12 elements is refused by its length", () => {
    expect(errorsOf(validateJourneyMap(hugeLengthProxy()))[0]?.message).toContain(TOO_MANY);
  });

  it("circular: a value containing itself is refused as circular", () => {
    const [error] = errorsOf(validateJourneyMap(circular()));
    expect(error?.message).toBe("refers to itself (a circular structure is not JSON)");
    expect(error?.path).toMatch(/^meta(\.self)+$/);
  });

  it("errors from a million bad values are capped, with the full count", () => {
    const map = { ...hostileBase(), meta: { x: new Array(300_000).fill(Number.NaN) } };
    const result = validateJourneyMap(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(200);
    expect(result.total).toBe(300_000);
  });
});
