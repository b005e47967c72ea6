import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date.js";

const moment = new Date("2026-02-01T14:05:00Z");

describe("formatDate", () => {
  it("writes a day as each locale writes it", () => {
    expect(formatDate("2026-02-01", { locale: "de", style: "numericDate", timeZone: "UTC" })).toBe(
      "01.02.2026",
    );
    expect(formatDate("2026-02-01", { locale: "es", style: "numericDate", timeZone: "UTC" })).toBe(
      "01/02/2026",
    );
    expect(formatDate("2026-02-01", { locale: "es", timeZone: "UTC" })).toBe("1 feb 2026");
    expect(formatDate("2026-02-01", { locale: "fr", timeZone: "UTC" })).toBe("1 févr. 2026");
  });

  it("writes a time of day in the locale's clock", () => {
    expect(formatDate(moment, { locale: "de", style: "time", timeZone: "UTC" })).toBe("14:05");
    expect(formatDate(moment, { locale: "en-US", style: "time", timeZone: "UTC" })).toBe("02:05 PM");
  });

  it("writes what is no date as given, and an unknown locale as en-US", () => {
    expect(formatDate("soon", { locale: "de" })).toBe("soon");
    expect(formatDate("2026-02-01", { locale: "not a locale!", timeZone: "UTC" })).toBe("Feb 1, 2026");
  });
});
