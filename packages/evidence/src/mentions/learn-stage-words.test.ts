import { describe, expect, it } from "vitest";
import { dentalMap } from "../../test/dental-map.js";
import { analyzeEvidence } from "../analysis/analyze-evidence.js";
import { learnStageWords } from "./learn-stage-words.js";

const labelled = [
  ...[
    "The filling hurt",
    "Filling done quickly",
    "A painless filling",
    "Numb for hours after the filling",
  ].map((text) => ({ text, stageId: "treat" })),
  ...["Parking was full", "No parking nearby", "Parking cost me more than the visit"].map((text) => ({
    text,
    stageId: "wait",
  })),
  { text: "Nice staff", stageId: "treat" },
  { text: "Nice staff", stageId: "wait" },
];

describe("words learned from rows whose stage is known", () => {
  it("keeps the words most specific to each stage, with their counts and shares", () => {
    const learned = learnStageWords(labelled);
    expect(learned.treat?.map((w) => w.word)).toEqual(["filling"]);
    expect(learned.treat?.[0]).toMatchObject({ count: 4, share: 1 });
    expect(learned.wait?.map((w) => w.word)).toEqual(["parking"]);
    // "staff" is in both stages' comments: not specific, not learned.
    expect(JSON.stringify(learned)).not.toContain("staff");
  });

  it("places the rows a stage column leaves blank, and says how many per stage", () => {
    const map = dentalMap();
    const rows = [
      ...labelled.map((l) => [map.stages.find((s) => s.id === l.stageId)!.name, "7", l.text]),
      ["", "3", "My filling fell out"],
      ["", "2", "Parking again impossible"],
      ["", "8", "Lovely people"],
    ];
    const analysis = analyzeEvidence(
      map,
      {
        headers: ["Stage", "Score", "Comment"],
        rows,
        shape: "generic",
        headerRows: 1,
        format: "csv",
        warnings: [],
      },
      {
        columns: [
          { index: 0, role: "stage" },
          { index: 1, role: "nps" },
          { index: 2, role: "comment" },
        ],
      },
    );
    const at = (id: string) => analysis.placement?.stages.find((s) => s.stageId === id);
    expect(at("treat")).toMatchObject({ byColumn: 5, byLearned: 1, byRule: 0 });
    expect(at("wait")).toMatchObject({ byColumn: 4, byLearned: 1 });
    expect(analysis.placement).toMatchObject({ unplaced: 1, several: 0, rules: [] });
    expect(analysis.placement?.learned.treat?.[0]?.word).toBe("filling");
  });
});
