import { describe, expect, it } from "vitest";
import { createJourneyMap } from "../records/journey-map.js";
import { layoutJourneyMap } from "./layout-journey-map.js";

const mono = (text: string) => text.length * 10;
const base = createJourneyMap({ id: "m", title: "Names", now: new Date("2026-01-01T00:00:00Z") });

describe("stage names", () => {
  it("keep a short name on one line with a one-line header", () => {
    const layout = layoutJourneyMap({ ...base, stages: [{ id: "s", name: "Order" }] }, { measureText: mono });
    expect(layout.stages[0]!.nameLines).toEqual(["Order"]);
  });

  it("wrap a long name to two lines, the second ending in an ellipsis, and make every header taller", () => {
    const long = "Researching the options and comparing prices across several shops before deciding";
    const one = layoutJourneyMap({ ...base, stages: [{ id: "s", name: "Order" }] }, { measureText: mono });
    const layout = layoutJourneyMap(
      {
        ...base,
        stages: [
          { id: "s", name: "Order" },
          { id: "t", name: long },
        ],
      },
      { measureText: mono },
    );
    const lines = layout.stages[1]!.nameLines;
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(layout.stages[0]!.header.height).toBe(layout.stages[1]!.header.height);
    expect(layout.headerRow.height).toBeGreaterThan(one.headerRow.height);
  });
});
