import { describe, expect, it } from "vitest";
import { documentDate } from "./field-defaults.js";

describe("documentDate", () => {
  it("takes the preferred timestamp, then the other one", () => {
    const doc = { createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-05T00:00:00.000Z" };
    expect(documentDate(doc, "updatedAt")).toBe("2026-01-05T00:00:00.000Z");
    expect(documentDate({ createdAt: doc.createdAt, updatedAt: "soon" }, "updatedAt")).toBe(doc.createdAt);
  });

  it("takes the latest evidence date when the map has no timestamp", () => {
    const doc = {
      sources: [{ importedAt: "2026-03-01T09:00:00Z" }],
      quotes: [{ date: "2026-04-02" }, { date: "not a date" }],
      metrics: [{ series: [{ date: "2026-02-01" }] }],
    };
    expect(documentDate(doc, "createdAt")).toBe("2026-04-02T00:00:00.000Z");
  });
});
