import { describe, expect, it } from "vitest";
import { quoteCount } from "./quote-count.js";

describe("quoteCount", () => {
  it("says quote for one and quotes for any other number", () => {
    expect(quoteCount(1)).toBe("1 quote");
    expect(quoteCount(3)).toBe("3 quotes");
    expect(quoteCount(0)).toBe("0 quotes");
  });

  it("groups a large count by the map's locale", () => {
    expect(quoteCount(1204)).toBe("1,204 quotes");
    expect(quoteCount(1204, { locale: "de" })).toBe("1.204 quotes");
  });
});
