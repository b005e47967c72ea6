import { applyPatches as immerApplyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { applyPatches } from "./apply-patches.js";

const own = (key: string, value: unknown) => {
  const out: Record<string, unknown> = {};
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};

describe("applyPatches", () => {
  it("follows and writes path segments named __proto__, constructor and prototype as own keys", () => {
    const base = { meta: own("__proto__", { n: 1 }) };
    expect(() =>
      immerApplyPatches(base, [{ op: "replace", path: ["meta", "__proto__", "n"], value: 2 }]),
    ).toThrow();
    const next = applyPatches(base, [
      { op: "replace", path: ["meta", "__proto__", "n"], value: 2 },
      { op: "add", path: ["meta", "constructor"], value: own("prototype", [1]) },
    ]);
    expect(Object.getOwnPropertyDescriptor(next.meta, "__proto__")?.value).toEqual({ n: 2 });
    expect(Object.getOwnPropertyDescriptor(next.meta, "constructor")?.value).toEqual({ prototype: [1] });
    expect(Object.getPrototypeOf(next.meta)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).n).toBeUndefined();
  });

  it("keeps an own __proto__ key of a patch value", () => {
    const value = own("__proto__", { kept: true });
    const next = applyPatches({ meta: {} }, [{ op: "replace", path: ["meta"], value }]);
    expect(Object.keys(next.meta)).toEqual(["__proto__"]);
  });

  it("copies on write: the input is unchanged, untouched parts are shared", () => {
    const base = { list: [{ a: 1 }, { b: 2 }], other: { c: 3 } };
    const next = applyPatches(base, [
      { op: "add", path: ["list", 1], value: { z: 0 } },
      { op: "remove", path: ["list", 0] },
      { op: "add", path: ["list", "-"], value: { end: true } },
    ]);
    expect(next.list).toEqual([{ z: 0 }, { b: 2 }, { end: true }]);
    expect(base.list).toEqual([{ a: 1 }, { b: 2 }]);
    expect(next.other).toBe(base.other);
    expect(next.list[1]).toBe(base.list[1]);
  });

  it("throws on a patch that does not fit the document", () => {
    expect(() => applyPatches({}, [{ op: "replace", path: ["missing", "x"], value: 1 }])).toThrow(
      /cannot apply a patch/,
    );
  });
});
