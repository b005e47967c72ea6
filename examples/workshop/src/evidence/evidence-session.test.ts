import { getTemplate } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createEvidenceSession, type EvidenceResponse, PREVIEW_ROWS } from "./evidence-session";

const map = () => getTemplate("restaurant-complaint-recovery")!.create();
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

function session() {
  const answers: EvidenceResponse[] = [];
  return { answers, handle: createEvidenceSession((r) => answers.push(r)) };
}

/** A stage, NPS and comment export: `perStage` rows for each of the template's first two stages. */
function csv(perStage: number): string {
  const lines = ["Stage;How likely are you to recommend us?;Comment"];
  for (let i = 0; i < perStage; i++) {
    lines.push(`Arrive and order;${9 + (i % 2)};Lovely welcome, great staff`);
    lines.push(`Wait for the main;${i % 4};Terrible wait, nobody came`);
  }
  return lines.join("\n");
}

describe("the evidence worker's session", () => {
  it("reads a file once: a summary with the first rows, the shape, detected columns and starting rules, with progress", async () => {
    const { answers, handle } = session();
    await handle({ id: 1, type: "read", bytes: bytes(csv(20)), fileName: "visits.csv", map: map() });
    const table = answers.find((a) => a.type === "table");
    expect(table?.type).toBe("table");
    if (table?.type !== "table") return;
    expect(table.summary.rowCount).toBe(40);
    expect(table.summary.firstRows).toHaveLength(PREVIEW_ROWS);
    expect(table.summary.delimiter).toBe(";");
    expect(table.summary.mapping.columns.map((c) => c.role)).toEqual(["stage", "nps", "comment"]);
    expect(table.summary.rules.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.type === "progress").at(-1)).toMatchObject({ fraction: 1, rows: 41 });
  });

  it("sends the page no name, e-mail or phone from the file: personal columns masked, comments redacted", async () => {
    const { answers, handle } = session();
    const lines = ["Name,Email,Phone,How likely are you to recommend us?,Comment"];
    for (let i = 0; i < 8; i++)
      lines.push(
        `Maria Lopez ${i},maria${i}@example.com,+34 612 345 67${i},${i},Call me on +44 7700 900${i}12 or mail lopez${i}@mail.example`,
      );
    await handle({ id: 1, type: "read", bytes: bytes(lines.join("\n")), fileName: "survey.csv", map: map() });
    const table = answers.find((a) => a.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    const shown = JSON.stringify(table.summary.firstRows);
    expect(shown).not.toMatch(/Maria|Lopez|@example\.com|@mail\.example|612 345|7700 900/);
    expect(table.summary.firstRows[0]![1]).toMatch(/personal data/);
  });

  it("analyses the table it kept for each mapping asked about", async () => {
    const { answers, handle } = session();
    const m = map();
    await handle({ id: 1, type: "read", bytes: bytes(csv(20)), fileName: "visits.csv", map: m });
    const table = answers.find((a) => a.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    await handle({
      id: 2,
      type: "analyze",
      map: m,
      mapping: table.summary.mapping,
      rules: [],
      sourceName: "visits.csv",
    });
    const analysis = answers.find((a) => a.type === "analysis" && a.id === 2);
    if (analysis?.type !== "analysis") throw new Error("no analysis");
    const arrive = m.stages.find((s) => s.name === "Arrive and order")!;
    const wait = m.stages.find((s) => s.name === "Wait for the main")!;
    const nps = (stageId: string) =>
      analysis.analysis.metrics.find((x) => x.kind === "NPS" && x.stageId === stageId && !x.touchpointId);
    // 20 promoters (9 and 10) at Arrive; 20 detractors (0..3) at Wait.
    expect(nps(arrive.id)).toMatchObject({ value: 100, sampleSize: 20 });
    expect(nps(wait.id)).toMatchObject({ value: -100, sampleSize: 20 });
    expect(analysis.analysis.source.name).toBe("visits.csv");
    expect(analysis.analysis.rows).toEqual({ total: 40, used: 40, unassigned: 0 });
  });

  it("names the file and what is wrong with it, and analyses nothing before a file was read", async () => {
    const { answers, handle } = session();
    await handle({ id: 1, type: "read", bytes: bytes(""), fileName: "empty.csv", map: map() });
    await handle({
      id: 2,
      type: "read",
      bytes: bytes("Stage,Comment\n"),
      fileName: "header-only.csv",
      map: map(),
    });
    await handle({
      id: 3,
      type: "analyze",
      map: map(),
      mapping: { columns: [] },
      rules: [],
      sourceName: "x",
    });
    const errors = answers.filter((a) => a.type === "error");
    expect(errors.map((e) => e.type === "error" && e.message)).toEqual([
      expect.stringMatching(/^empty\.csv: no rows found/),
      "header-only.csv: the table has a header but no answer rows",
      "no file has been read yet",
    ]);
  });
});
