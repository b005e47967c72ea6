import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJourneyMap, validateJourneyMap } from "../src/index";
import { journeyMapArbitrary } from "./arbitraries";

const runs = process.env.CI ? 10_000 : 1_000;

const expectWellFormed = (result: ReturnType<typeof parseJourneyMap>) => {
  if (result.ok) {
    expect(validateJourneyMap(result.map).ok).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path).toBe("string");
      expect(error.message.length).toBeGreaterThan(0);
    }
  }
};

describe("parseJourneyMap on arbitrary input", () => {
  it(`never throws on arbitrary JSON values (${runs} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseJourneyMap(value));
        expectWellFormed(parseJourneyMap(JSON.stringify(value)));
      }),
      { numRuns: runs },
    );
  });

  it(`never throws on arbitrary strings (${runs} runs)`, () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectWellFormed(parseJourneyMap(text))),
      { numRuns: runs },
    );
  });

  it("reports a path for every mutation of a valid map that breaks it", () => {
    fc.assert(
      fc.property(
        journeyMapArbitrary,
        fc.constantFrom("stages", "cards", "emotions", "personas", "title", "version", "metrics"),
        fc.jsonValue(),
        (map, key, junk) => {
          const mutated = { ...map, [key]: junk };
          const result = parseJourneyMap(JSON.stringify(mutated));
          expectWellFormed(result);
          // A wrong type at the key is reported at that key (a valid but different list may instead
          // leave references dangling, reported where they are).
          if (!result.ok && !Array.isArray(junk)) {
            expect(result.errors.some((e) => e.path.startsWith(key))).toBe(true);
          }
        },
      ),
      { numRuns: Math.ceil(runs / 5) },
    );
  });
});
