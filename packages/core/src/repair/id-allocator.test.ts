import { describe, expect, it } from "vitest";
import { idAllocator } from "./id-allocator.js";

describe("idAllocator", () => {
  const doc = { id: "m1", cards: [{ id: "c1" }, { id: "c1-2" }], stages: [{ id: "card-1" }] };

  it("numbers a used id on from 2, past ids already taken", () => {
    const ids = idAllocator(doc);
    expect(ids.take("c1")).toBe("c1-3");
    expect(ids.take("c1")).toBe("c1-4");
  });

  it("numbers a kind's prefix from 1, and takes a preferred id nobody has", () => {
    const ids = idAllocator(doc);
    expect(ids.take("card")).toBe("card-2");
    expect(ids.take("tp", "7")).toBe("7");
    expect(ids.take("tp", "7")).toBe("tp-1");
  });

  it("keeps a made id within the id length limit", () => {
    expect(idAllocator({}).take("x".repeat(300)).length).toBeLessThanOrEqual(128);
  });
});
