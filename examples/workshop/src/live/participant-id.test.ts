import { describe, expect, it } from "vitest";
import { participantId } from "./participant-id";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("participantId", () => {
  it("is made once and kept: a reload votes with the same ballot", () => {
    const storage = memoryStorage();
    const first = participantId(storage);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(participantId(storage)).toBe(first);
    expect(participantId(memoryStorage())).not.toBe(first);
  });

  it("still gives an id when storage refuses", () => {
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {},
    };
    expect(participantId(blocked)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
