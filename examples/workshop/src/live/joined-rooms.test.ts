import { describe, expect, it } from "vitest";
import { joinedAs, rememberJoined } from "./joined-rooms";
import { participantColour } from "./participant-colour";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("rooms this browser joined", () => {
  it("give back the name (and its colour) a participant joined a room under, for that room only", () => {
    const kept = memoryStorage();
    expect(joinedAs("kickoff-x7k2ab", kept)).toBeNull();
    rememberJoined("kickoff-x7k2ab", "Bea", kept);
    expect(joinedAs("kickoff-x7k2ab", kept)).toEqual({ name: "Bea", colour: participantColour("Bea") });
    expect(joinedAs("review-aaaaaa", kept)).toBeNull();
    rememberJoined("kickoff-x7k2ab", "Beatrice", kept);
    expect(joinedAs("kickoff-x7k2ab", kept)?.name).toBe("Beatrice");
  });

  it("keeps the 20 latest rooms, and never throws on blocked or broken storage", () => {
    const kept = memoryStorage();
    for (let i = 0; i < 25; i++) rememberJoined(`room-${i}`, `P${i}`, kept);
    expect(joinedAs("room-4", kept)).toBeNull();
    expect(joinedAs("room-5", kept)?.name).toBe("P5");
    expect(joinedAs("room-24", kept)?.name).toBe("P24");
    kept.setItem("journeykit:live-joined", "{not json");
    expect(joinedAs("room-24", kept)).toBeNull();
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(joinedAs("room", blocked)).toBeNull();
    expect(() => rememberJoined("room", "Bea", blocked)).not.toThrow();
  });
});
