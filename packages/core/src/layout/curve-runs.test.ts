import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { curveRuns } from "./curve-runs.js";

describe("curveRuns", () => {
  it("splits where a stage is skipped, in stage order", () => {
    const p = (stageId: string) => ({ stageId });
    expect(curveRuns([p("d"), p("a"), p("b")], ["a", "b", "c", "d"])).toEqual([[p("a"), p("b")], [p("d")]]);
    expect(curveRuns([p("a"), p("c"), p("e")], ["a", "b", "c", "d", "e"])).toEqual([
      [p("a")],
      [p("c")],
      [p("e")],
    ]);
    expect(curveRuns([p("x")], ["a"])).toEqual([]);
  });

  it("keeps every point once, and each run's stages are neighbours", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 })), (indices) => {
        const stageIds = Array.from({ length: 31 }, (_, i) => `s${i}`);
        const runs = curveRuns(
          indices.map((i) => ({ stageId: `s${i}` })),
          stageIds,
        );
        expect(runs.flat()).toHaveLength(indices.length);
        for (const run of runs)
          for (let k = 1; k < run.length; k++)
            expect(stageIds.indexOf(run[k]!.stageId)).toBe(stageIds.indexOf(run[k - 1]!.stageId) + 1);
        for (let r = 1; r < runs.length; r++)
          expect(stageIds.indexOf(runs[r]![0]!.stageId)).toBeGreaterThan(
            stageIds.indexOf(runs[r - 1]!.at(-1)!.stageId) + 1,
          );
      }),
    );
  });
});
