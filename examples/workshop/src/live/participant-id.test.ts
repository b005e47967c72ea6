import { afterEach, describe, expect, it, vi } from "vitest";
import { participantId } from "./participant-id";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

afterEach(() => vi.restoreAllMocks());

describe("participantId", () => {
  it("is made once and kept: a reload votes with the same ballot", () => {
    const storage = memoryStorage();
    const first = participantId(storage);
    expect(first).toMatch(/^participant_[0-9a-z]{10}$/);
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
    expect(participantId(blocked)).toMatch(/^participant_[0-9a-z]{10}$/);
  });

  it("works outside a secure context (plain http on the local network has no crypto.randomUUID)", () => {
    vi.spyOn(crypto, "randomUUID").mockImplementation(() => {
      throw new TypeError("crypto.randomUUID is not a function");
    });
    expect(participantId(memoryStorage())).toMatch(/^participant_[0-9a-z]{10}$/);
  });
});
