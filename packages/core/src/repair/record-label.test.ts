import { describe, expect, it } from "vitest";
import { recordLabel } from "./record-label.js";

describe("recordLabel", () => {
  it("names a record by its first free text, else its id, else its place", () => {
    expect(recordLabel("cards", 3, { id: "c4", text: "  Long wait at the desk " })).toBe(
      'card "Long wait at the desk"',
    );
    expect(recordLabel("metrics", 0, { id: "k1", label: "" })).toBe('metric with id "k1"');
    expect(recordLabel("stages", 2, { name: 5 })).toBe("stage stages[2]");
    expect(recordLabel("quotes", 1, "text")).toBe("quotes[1]");
  });

  it("cuts a long text", () => {
    expect(recordLabel("cards", 0, { text: "x".repeat(100) })).toBe(`card "${"x".repeat(59)}…"`);
  });
});
