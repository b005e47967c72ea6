import { applyOperation, getTemplate, momentsAtRisk } from "@journeykit/core";
import {
  analyzeEvidence,
  applyEvidence,
  assumptionGaps,
  describeFeeling,
  detectColumns,
  readTable,
} from "@journeykit/evidence";
import { describe, expect, it } from "vitest";
import { loadLanguage, workshopText } from "../i18n/workshop-catalogue";
import { disagreementWords, feelingWords, riskReasons } from "./feeling-words";

async function measuredMap() {
  const map = getTemplate("restaurant-complaint-recovery")!.create();
  const lines = ["Stage,How likely are you to recommend us?,Comment"];
  for (let i = 0; i < 12; i++) lines.push(`Pay and leave,${i % 4},The card machine was broken`);
  const table = await readTable(lines.join("\n"));
  const analysis = analyzeEvidence(map, table, detectColumns(table, map), { sourceName: "march.csv" });
  return applyOperation(map, applyEvidence, analysis).map;
}

describe("feeling words", () => {
  it("are evidence's own words in English", async () => {
    const gap = assumptionGaps(await measuredMap())[0]!;
    expect(disagreementWords(gap.assumed, gap.feeling!)).toBe(gap.summary);
    expect(feelingWords(gap.feeling!)).toBe(describeFeeling(gap.feeling!));
  });

  it("read in Spanish with decimal commas, and in German", async () => {
    const gap = assumptionGaps(await measuredMap())[0]!;
    const es = workshopText(await loadLanguage("es"));
    expect(disagreementWords(gap.assumed, gap.feeling!, es)).toMatch(
      /^la sala: [+−]\d; los clientes: −\d(,\d)? ±\d,\d, a partir de NPS −\d+ ±\d+, n=12$/,
    );
    const de = workshopText(await loadLanguage("de"));
    expect(
      feelingWords(
        { value: -1.25, margin: 0.66, from: [{ kind: "sentiment", value: -0.4, n: 1412 }], n: 1412 },
        de,
      ),
    ).toBe("−1,3 ±0,7, aus Stimmung der Kommentare −0,40, n=1.412");
  });

  it("say why a moment is at risk as core does, in the app's language", async () => {
    const map = await measuredMap();
    const risk = momentsAtRisk(map)[0]!;
    expect(riskReasons(risk)).toEqual(risk.reasons);
    const fr = workshopText(await loadLanguage("fr"));
    expect(riskReasons({ moment: { outcome: "fail" }, emotion: -2.25 }, fr)).toEqual([
      "le résultat a échoué",
      "le groupe note l’étape −2,3",
    ]);
  });
});
