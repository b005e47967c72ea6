import { describe, expect, it } from "vitest";
import { listChange } from "./list-change.js";

const records = (...ids: string[]) => ids.map((id) => ({ id }));

describe("listChange", () => {
  const [a, b, c, d] = records("a", "b", "c", "d") as [
    { id: string },
    { id: string },
    { id: string },
    { id: string },
  ];

  it("says which places hold new objects when every id stays in its place (a field edit)", () => {
    expect(listChange([a, b, c], [a, { id: "b" }, c])).toEqual({ kind: "replaced", at: [1] });
    expect(listChange([a, b, c, d], [{ id: "a" }, b, c, { id: "d" }])).toEqual({
      kind: "replaced",
      at: [0, 3],
    });
    expect(listChange([a, b], [a, b])).toEqual({ kind: "replaced", at: [] });
  });

  it("finds one record moved forward or back, the records between shifted (a move)", () => {
    expect(listChange([a, b, c, d], [b, c, a, d])).toEqual({ kind: "moved", from: 0, to: 2 });
    expect(listChange([a, b, c, d], [a, d, b, c])).toEqual({ kind: "moved", from: 3, to: 1 });
    // The moved record may be a new object (a card moved to another cell).
    expect(listChange([a, b, c], [b, c, { id: "a" }])).toEqual({ kind: "moved", from: 0, to: 2 });
  });

  it("describes an add, a removal or a replacement by another id as a splice", () => {
    expect(listChange([a, b], [a, b, c])).toEqual({ kind: "spliced", start: 2, removed: 0, inserted: 1 });
    expect(listChange([a, b, c], [a, c])).toEqual({ kind: "spliced", start: 1, removed: 1, inserted: 0 });
    expect(listChange([a, b, c], [a, d, c])).toEqual({ kind: "spliced", start: 1, removed: 1, inserted: 1 });
    // Two records swapped is neither one move nor field edits.
    expect(listChange([a, b, c, d], [b, a, d, c])).toEqual({
      kind: "spliced",
      start: 0,
      removed: 4,
      inserted: 4,
    });
  });

  it("gives up on a splice too large to update (the new list is indexed afresh)", () => {
    const many = records(...Array.from({ length: 300 }, (_, i) => `r${i}`));
    expect(listChange(many, [])).toBeUndefined();
    expect(listChange(many, many.slice(0, 200))).toEqual({
      kind: "spliced",
      start: 200,
      removed: 100,
      inserted: 0,
    });
  });

  it("never trusts the items: ones without an id are only compared as objects", () => {
    expect(listChange([a, null, c], [a, 1, c])).toEqual({
      kind: "spliced",
      start: 1,
      removed: 1,
      inserted: 1,
    });
  });
});
