import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writeText } from "./write-text.js";

/** A card's Y.Map in a doc of its own, holding `text` as a Y.Text. */
function cardWith(text: string, clientID = 1) {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const card = doc.getMap<Y.Map<unknown>>("cards").set("c", new Y.Map<unknown>([["text", new Y.Text(text)]]));
  return { doc, card, text: () => String(card.get("text")) };
}

/** A second replica of `doc`, in sync with it. */
function replica(doc: Y.Doc, clientID: number) {
  const copy = new Y.Doc();
  copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const card = copy.getMap<Y.Map<unknown>>("cards").get("c")!;
  return { doc: copy, card, text: () => String(card.get("text")) };
}

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe("writeText", () => {
  it("keeps both texts when two people type into one card at once", () => {
    const a = cardWith("Pay at the till");
    const b = replica(a.doc, 2);
    writeText(a.card, "text", "Pay at the till", "Pay quickly at the till");
    writeText(b.card, "text", "Pay at the till", "Pay at the till or by app");
    sync(a.doc, b.doc);
    expect(a.text()).toBe("Pay quickly at the till or by app");
    expect(b.text()).toBe(a.text());
  });

  it("changes only the characters that differ (one insertion, no deletion)", () => {
    const a = cardWith("Long queue");
    const deltas: unknown[] = [];
    (a.card.get("text") as Y.Text).observe((event) => deltas.push(event.delta));
    writeText(a.card, "text", "Long queue", "Long queue at lunch");
    expect(deltas).toEqual([[{ retain: 10 }, { insert: " at lunch" }]]);
  });

  it("moves an edit onto a remote change the person had not seen yet, instead of undoing it", () => {
    const a = cardWith("Long queue");
    const held = a.card.get("text") as Y.Text;
    held.insert(0, "Very "); // arrived from someone else; the editor still showed "Long queue"
    writeText(a.card, "text", "Long queue", "Long queue at lunch");
    expect(a.text()).toBe("Very Long queue at lunch");
  });

  it("deletes around text someone else typed inside the range this person deleted", () => {
    const a = cardWith("alpha beta gamma");
    (a.card.get("text") as Y.Text).insert(8, "!!"); // "alpha be!!ta gamma", not shown yet
    writeText(a.card, "text", "alpha beta gamma", "alpha gamma");
    expect(a.text()).toBe("alpha !!gamma");
  });

  it("never splits a character outside the basic plane (an emoji)", () => {
    const a = cardWith("Happy 😀");
    writeText(a.card, "text", "Happy 😀", "Happy 😃");
    expect(a.text()).toBe("Happy 😃");
  });

  it("gives a field of an older document (a plain string) a Y.Text on its first write", () => {
    const doc = new Y.Doc();
    const card = doc.getMap<Y.Map<unknown>>("cards").set("c", new Y.Map<unknown>([["text", "Old text"]]));
    writeText(card, "text", "Old text", "Old text, edited");
    expect(card.get("text")).toBeInstanceOf(Y.Text);
    expect(card.toJSON()).toEqual({ text: "Old text, edited" });
  });

  it("on any two changes of one text, the result holds what each inserted, whole", () => {
    const splice = (base: string) =>
      fc
        .record({ at: fc.nat(base.length), remove: fc.nat(base.length), insert: fc.string({ maxLength: 6 }) })
        .map(({ at, remove, insert }) => base.slice(0, at) + insert + base.slice(at + remove));
    const inserted = (before: string, after: string) => {
      let left = 0;
      while (left < before.length && before[left] === after[left]) left++;
      let right = 0;
      while (
        right < before.length - left &&
        right < after.length - left &&
        before[before.length - 1 - right] === after[after.length - 1 - right]
      )
        right++;
      return after.slice(left, after.length - right);
    };
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }).chain((base) => fc.tuple(fc.constant(base), splice(base), splice(base))),
        ([base, theirs, mine]) => {
          const a = cardWith(theirs);
          writeText(a.card, "text", base, mine);
          expect(a.text()).toContain(inserted(base, theirs));
          expect(a.text()).toContain(inserted(base, mine));
        },
      ),
      { numRuns: process.env.CI ? 2_000 : 300 },
    );
  });
});
