import { describe, expect, it } from "vitest";
import { generateJoinCode, JOIN_CODE_LENGTH, JOIN_PATH, normalizeJoinCode } from "./join-code.js";

describe("join codes", () => {
  it("carry at least 40 bits of randomness and make a short path", () => {
    const letters = new Set<string>();
    const codes = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateJoinCode();
      codes.add(code);
      for (const letter of code) letters.add(letter);
    }
    // Every one of the 32 letters turns up: log2(32) bits each.
    expect(letters.size).toBe(32);
    expect(JOIN_CODE_LENGTH * Math.log2(letters.size)).toBeGreaterThanOrEqual(40);
    expect(codes.size).toBe(2000);
    expect(`${JOIN_PATH}${generateJoinCode()}`.length).toBeLessThanOrEqual(12);
  });

  it("never hands out a code that is taken", () => {
    const first = generateJoinCode();
    let asked = 0;
    const next = generateJoinCode((code) => {
      asked += 1;
      return asked === 1 || code === first;
    });
    expect(asked).toBeGreaterThanOrEqual(2);
    expect(next).not.toBe(first);
  });

  it("reads a code as a person types it: any case, dashes, o for 0, i and l for 1", () => {
    expect(normalizeJoinCode("7KQ2-MX4P9")).toBe("7kq2mx4p9");
    expect(normalizeJoinCode("ab0o1il23")).toBe("ab0011123");
    expect(normalizeJoinCode("7kq2mx4p")).toBeNull();
    expect(normalizeJoinCode("7kq2mx4pu")).toBeNull();
    expect(normalizeJoinCode("../../etc")).toBeNull();
    expect(normalizeJoinCode(generateJoinCode())).toMatch(/^[0-9a-hjkmnp-tv-z]{9}$/);
  });
});
