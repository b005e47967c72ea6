import fc from "fast-check";
import { generateNKeysBetween } from "fractional-indexing";
import { describe, expect, it } from "vitest";
import { compareOrder, reorderKeys } from "./order-keys.js";

describe("reorderKeys", () => {
  it("writes one key when one record moves", () => {
    const ids = ["a", "b", "c", "d"];
    const keys = generateNKeysBetween(null, null, 4);
    const held = new Map(ids.map((id, i) => [id, keys[i]!]));
    expect(reorderKeys(["d", "a", "b", "c"], held).size).toBe(1);
  });

  it("gives any wanted order, including records sharing a key after concurrent inserts", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.option(fc.constantFrom("a0", "a1", "a2", "Zz"), { nil: undefined }), {
          minLength: 12,
          maxLength: 12,
        }),
        (ids, held) => {
          const current = new Map(ids.map((id, i) => [id, held[i]]));
          const written = reorderKeys(ids, current);
          const keyed = ids.map((id) => ({ id, key: written.get(id) ?? current.get(id)! }));
          expect([...keyed].sort(compareOrder).map((entry) => entry.id)).toEqual(ids);
        },
      ),
    );
  });
});
