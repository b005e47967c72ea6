import { describe, expect, it } from "vitest";
import { labelDate } from "./label-date.js";

describe("labelDate", () => {
  it("keeps the ISO day in English, whatever the region", () => {
    expect(labelDate("2026-02-01T09:00:00Z")).toBe("2026-02-01");
    expect(labelDate("2026-02-01", { locale: "en-GB" })).toBe("2026-02-01");
  });

  it("writes the day in numbers as the locale does, the day of the data in any time zone", () => {
    expect(labelDate("2026-02-01", { locale: "de" })).toBe("01.02.2026");
    expect(labelDate("2026-02-01T23:30:00-05:00", { locale: "es" })).toBe("01/02/2026");
    expect(labelDate("2026-02-01", { locale: "fr" })).toBe("01/02/2026");
  });

  it("writes a text that is no date as given", () => {
    expect(labelDate("Q1 2026", { locale: "de" })).toBe("Q1 2026");
  });
});
