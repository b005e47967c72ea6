import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeText, mergeTextSelection } from "./merge-text.js";
import { isWellFormedText } from "./well-formed-text.js";

const runs = process.env.CI ? 10_000 : 1_000;

/** One edit of `base` as a person makes it: `remove` characters at `index` replaced by `insert`. */
interface Edit {
  index: number;
  remove: number;
  insert: string;
}
const apply = (base: string, edit: Edit) =>
  base.slice(0, edit.index) + edit.insert + base.slice(edit.index + edit.remove);
const edit = (length: number, letters: string) =>
  fc
    .record({
      index: fc.nat(length),
      remove: fc.nat(length),
      insert: fc.string({ unit: fc.constantFrom(...letters), maxLength: 5 }),
    })
    .map(({ index, remove, insert }) => ({ index, remove: Math.min(remove, length - index), insert }));

/**
 * A base of distinct lowercase letters and one edit of it by each person: mine inserts capitals,
 * theirs digits, so every character of the merge says whose it is and where it came from.
 */
const twoEdits = fc
  .uniqueArray(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), { maxLength: 12 })
  .map((letters) => letters.join(""))
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      mine: edit(base.length, "ABCDEFGHIJ"),
      theirs: edit(base.length, "0123456789"),
    }),
  );

/** The letters of `base` in `text`, in order (each person's insertions left out). */
const baseLetters = (text: string) => text.replace(/[^a-z]/g, "");
/** The letters of `base` neither edit removed. */
const kept = (base: string, ...edits: Edit[]) =>
  [...base].filter((_, i) => edits.every((e) => i < e.index || i >= e.index + e.remove)).join("");

describe("mergeText", () => {
  it("keeps both people's words when each typed somewhere else", () => {
    expect(mergeText("Pay at the till", "Pay quickly at the till", "Pay at the till or by app")).toBe(
      "Pay quickly at the till or by app",
    );
  });

  it("puts mine in front of theirs when both typed at the same place", () => {
    expect(mergeText("Queue", "Queue, long", "Queue at noon")).toBe("Queue, long at noon");
  });

  it("keeps what they typed inside a range I deleted, and deletes what I deleted around it", () => {
    expect(mergeText("alpha beta gamma", "alpha gamma", "alpha be!!ta gamma")).toBe("alpha !!gamma");
  });

  it("deletes once what both deleted", () => {
    expect(mergeText("red green blue", "red blue", "red blue")).toBe("red blue");
    expect(mergeText("red green blue", "red blue", "red green")).toBe("red ");
  });

  it("never cuts a character outside the basic plane (an emoji) in two", () => {
    expect(mergeText("Happy 😀", "Happy 😃", "Happy 😀!")).toBe("Happy 😃!");
  });

  it(`keeps every character each inserted, whole and in place, and deletes what either deleted (${runs} runs)`, () => {
    fc.assert(
      fc.property(twoEdits, ({ base, mine, theirs }) => {
        const merged = mergeText(base, apply(base, mine), apply(base, theirs));
        expect(merged).toContain(mine.insert);
        expect(merged).toContain(theirs.insert);
        expect(baseLetters(merged)).toBe(kept(base, mine, theirs));
        // Each insertion sits after exactly the kept letters that came before its place in base.
        const before = (insert: string, index: number) => {
          if (insert === "") return;
          const at = merged.indexOf(insert);
          expect(baseLetters(merged.slice(0, at))).toBe(kept(base.slice(0, index), mine, theirs));
        };
        before(mine.insert, mine.index);
        before(theirs.insert, theirs.index);
      }),
      { numRuns: runs },
    );
  });

  it(`merging with a side that changed nothing gives the other side exactly (${runs} runs)`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (base, other) => {
        expect(mergeText(base, other, base)).toBe(other);
        expect(mergeText(base, base, other)).toBe(other);
      }),
      { numRuns: runs },
    );
  });

  it(`of well-formed texts (emoji, accents) is well-formed (${runs} runs)`, () => {
    const characters = fc.array(fc.constantFrom("a", "b", "é", "😀", "😃", "👍🏽"), { maxLength: 8 });
    const spliced = (base: string[]) =>
      fc
        .tuple(fc.nat(base.length), fc.nat(base.length), characters)
        .map(([index, remove, insert]) => [
          ...base.slice(0, index),
          ...insert,
          ...base.slice(index + remove),
        ]);
    fc.assert(
      fc.property(
        characters.chain((base) => fc.tuple(fc.constant(base), spliced(base), spliced(base))),
        ([base, mine, theirs]) => {
          expect(isWellFormedText(mergeText(base.join(""), mine.join(""), theirs.join("")))).toBe(true);
        },
      ),
      { numRuns: runs },
    );
  });
});

describe("mergeTextSelection", () => {
  it("keeps the caret at the end of what I am typing when their words arrive in front", () => {
    expect(
      mergeTextSelection("Long queue", "Long queue at", "Very long queue", { start: 13, end: 13 }),
    ).toEqual({ text: "Very long queue at", selection: { start: 18, end: 18 } });
  });

  it("leaves their words typed right at the caret after it", () => {
    expect(mergeTextSelection("ab", "ab", "a-b", { start: 1, end: 1 })).toEqual({
      text: "a-b",
      selection: { start: 1, end: 1 },
    });
  });

  it(`gives the merged text, with the selection between the same characters of mine (${runs} runs)`, () => {
    fc.assert(
      fc.property(
        twoEdits.chain((edits) => {
          const length = apply(edits.base, edits.mine).length;
          return fc.record({ edits: fc.constant(edits), start: fc.nat(length), end: fc.nat(length) });
        }),
        ({ edits: { base, mine, theirs }, start, end }) => {
          const [from, to] = start <= end ? [start, end] : [end, start];
          const mineText = apply(base, mine);
          const theirsText = apply(base, theirs);
          const result = mergeTextSelection(base, mineText, theirsText, { start: from, end: to });
          expect(result.text).toBe(mergeText(base, mineText, theirsText));
          const removedByTheirs = new Set(base.slice(theirs.index, theirs.index + theirs.remove));
          /** Mine's characters up to `position`, less those theirs deleted. */
          const mineUpTo = (position: number) =>
            [...mineText.slice(0, position)].filter((c) => !removedByTheirs.has(c)).join("");
          /** The merge's characters up to `position`, less theirs's digits. */
          const mergedUpTo = (position: number) => result.text.slice(0, position).replace(/[0-9]/g, "");
          expect(mergedUpTo(result.selection.start)).toBe(mineUpTo(from));
          expect(mergedUpTo(result.selection.end)).toBe(mineUpTo(to));
          expect(result.selection.start).toBeLessThanOrEqual(result.selection.end);
        },
      ),
      { numRuns: runs },
    );
  });
});
