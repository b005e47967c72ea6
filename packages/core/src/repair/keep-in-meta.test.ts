import { describe, expect, it } from "vitest";
import { keepInMeta, ownMeta, REPAIRED_KEY } from "./keep-in-meta.js";

describe("keepInMeta", () => {
  it("keeps a value by its field, making meta when there is none", () => {
    const card: Record<string, unknown> = { id: "c1" };
    keepInMeta(card, "text", "the whole text");
    expect(card.meta).toEqual({ [REPAIRED_KEY]: { text: "the whole text" } });
  });

  it("keeps a second value of the same field beside the first, and the host's meta as it was", () => {
    const card: Record<string, unknown> = { meta: { host: 1, [REPAIRED_KEY]: { text: "first" } } };
    keepInMeta(card, "text", "second");
    expect(card.meta).toEqual({ host: 1, [REPAIRED_KEY]: { text: "first", "text (2)": "second" } });
  });

  it("keeps a kept-values entry that is not an object inside the new one", () => {
    const card: Record<string, unknown> = { meta: { [REPAIRED_KEY]: "odd" } };
    keepInMeta(card, "score", 99);
    expect(card.meta).toEqual({ [REPAIRED_KEY]: { [REPAIRED_KEY]: "odd", score: 99 } });
  });
});

describe("ownMeta", () => {
  it("keeps a meta that is not an object inside the new one", () => {
    const stage: Record<string, unknown> = { meta: [1, 2] };
    expect(ownMeta(stage)).toEqual({ [REPAIRED_KEY]: { meta: [1, 2] } });
    expect(stage.meta).toEqual({ [REPAIRED_KEY]: { meta: [1, 2] } });
  });
});
