// Exports whose answers are words, not numbers, and whose dates are written the way the client's country
// writes them: a Spanish Google Forms survey and a Zendesk-like help-desk export. Every expected figure is
// computed by hand in the comments beside it (CSAT = share of answers in the top of the scale; margin =
// half the 95% Wilson interval, z = 1.96: 1.96·√(p(1−p)/n + 1.96²/4n²) / (1 + 1.96²/n)).

import type { JourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { bistroMap, fixture } from "../../test/bistro-map.js";
import type { ColumnMapping } from "../columns/column-mapping.js";
import { detectColumns } from "../columns/detect-columns.js";
import { readTable } from "../table/read-table.js";
import { analyzeEvidence } from "./analyze-evidence.js";
import type { EvidenceAnalysis } from "./evidence-analysis.js";

const now = new Date("2026-05-04T08:00:00Z");

/** The bistro map in Spanish: the stage column's answers ("Comer", "Pagar") name its stages. */
function spanishMap(locale = "es"): JourneyMap {
  return {
    ...bistroMap(locale),
    stages: [
      { id: "book", name: "Reservar" },
      { id: "order", name: "Pedir" },
      { id: "eat", name: "Comer" },
      { id: "pay", name: "Pagar" },
    ],
  };
}

/** Rules a consultant would type for the help desk's tickets. */
const HELPDESK_RULES = [
  { stageId: "pay", keywords: ["charged", "refund", "bill", "payment"] },
  { stageId: "book", keywords: ["booking"] },
  { stageId: "eat", keywords: ["food", "dinner", "kitchen"] },
];

const csat = (analysis: EvidenceAnalysis, stageId?: string) =>
  analysis.metrics.find((m) => m.kind === "CSAT" && m.stageId === stageId && m.touchpointId === undefined);

/** Every text the analysis holds a person could read: quotes, themes, pain points, warnings. */
const everyText = (analysis: EvidenceAnalysis) => JSON.stringify(analysis);

/** The people in the two exports' name and e-mail columns. */
const PEOPLE = [
  "Ana López",
  "López",
  "Carlos Ruiz",
  "María García",
  "Maria García",
  "García",
  "John Doherty",
  "Lena Vogel",
  "Pat Quinn",
  "Sam Okafor",
  "Kim Lee",
  "Jo Brandt",
  "Luis Moreno",
  "Elena Díaz",
  "@",
  "example",
  "vogel.consulting",
  "612 345 678",
];

async function spanish(csv?: string, locale = "es") {
  const map = spanishMap(locale);
  const table = await readTable(csv ?? fixture("google-forms-es.csv"));
  const mapping = detectColumns(table, map);
  return { mapping, analysis: analyzeEvidence(map, table, mapping, { now, sourceName: "encuesta.csv" }) };
}

describe("a Spanish Google Forms export: labelled answers, day-first dates", () => {
  it("reads the columns: date, e-mail and name never text, labels as a 1-5 CSAT", async () => {
    const { mapping } = await spanish();
    expect(mapping.columns.map((c) => c.personal ?? c.role)).toEqual([
      "date",
      "email",
      "name",
      "stage",
      "csat",
      "comment",
    ]);
    expect(mapping.columns[4]).toMatchObject({
      scale: { min: 1, max: 5 },
      reason: "header asks about satisfaction; satisfaction labels on 5 points",
    });
  });

  it("CSAT, n and margins by hand", async () => {
    const { analysis } = await spanish();
    // Muy satisfecho 5, Satisfecho 4, Ni…ni 3, Insatisfecho 2, Muy insatisfecho 1 (case, "!" and the
    // feminine form ignored). Answers by row: 5 2 4 1 3 5 2 4 5 1 2: satisfied (4-5) rows 1, 3, 6, 8, 9.
    // 5 of 11 = 45.5%; p = 5/11: 1.96·√(0.02254 + 0.00794) / 1.3492 = 25.4.
    expect(csat(analysis)).toMatchObject({ value: 45.5, sampleSize: 11, marginOfError: 25.4 });
    // Comer: 5 4 1 5 4 1 → 4 of 6 = 66.7%, margin 30.2. Pagar: 2 3 2 5 2 → 1 of 5 = 20%, margin 29.4.
    expect(csat(analysis, "eat")).toMatchObject({ value: 66.7, sampleSize: 6, marginOfError: 30.2 });
    expect(csat(analysis, "pay")).toMatchObject({ value: 20, sampleSize: 5, marginOfError: 29.4 });
    expect(analysis.warnings.filter((w) => w.includes("scale"))).toEqual([]);
  });

  it("dates day first: a March survey is March, its period from the dates", async () => {
    const { analysis } = await spanish();
    // "14/3/2026" can only be day first: the whole column is. Month first, 2/3 would be 3 February.
    expect(analysis.source.period).toEqual({ from: "2026-03-02", to: "2026-03-31" });
    expect(csat(analysis)!.series).toEqual([{ date: "2026-03-01", value: 45.5, sampleSize: 11 }]);
    expect(analysis.quotes.every((q) => q.date?.startsWith("2026-03-"))).toBe(true);
  });

  it("weekly series: each answer in the week of its day-first date", async () => {
    const map = spanishMap();
    const table = await readTable(fixture("google-forms-es.csv"));
    const analysis = analyzeEvidence(map, table, detectColumns(table, map), { now, period: "week" });
    // Weeks start on Monday: 2 March (days 2, 3, 5: 5 2 4), 9 March (9, 11, 14: 1 3 5), 16 March
    // (18, 21: 2 4), 23 March (25: 5), 30 March (30, 31: 1 2).
    expect(csat(analysis)!.series).toEqual([
      { date: "2026-03-02", value: 66.7, sampleSize: 3 },
      { date: "2026-03-09", value: 33.3, sampleSize: 3 },
      { date: "2026-03-16", value: 50, sampleSize: 2 },
      { date: "2026-03-23", value: 100, sampleSize: 1 },
      { date: "2026-03-30", value: 0, sampleSize: 2 },
    ]);
  });

  it("dates that read both ways: the Spanish header decides day first", async () => {
    // The first five answers only: 2/3, 3/3, 5/3, 9/3, 11/3, every part at most 12.
    const lines = new TextDecoder().decode(fixture("google-forms-es.csv")).split("\n");
    // The map is in English (month first): the export's "Marca temporal" still says day first.
    const { analysis } = await spanish(lines.slice(0, 6).join("\n"), "en");
    expect(analysis.source.period).toEqual({ from: "2026-03-02", to: "2026-03-11" });
  });

  it("quotes: the comments, redacted, with no e-mail or name", async () => {
    const { analysis } = await spanish();
    const quotes = (stageId: string) =>
      analysis.quotes
        .filter((q) => q.stageId === stageId)
        .map((q) => q.text)
        .sort();
    expect(quotes("pay")).toEqual([
      "El datáfono no funcionaba, escribidme a [email]",
      "Nos cobraron dos veces, llamad al [phone]",
      "Pagar fue rápido",
    ]);
    expect(quotes("eat")).toContain("La sopa llegó fría y nadie nos atendió");
    for (const person of PEOPLE) expect(everyText(analysis)).not.toContain(person);
  });
});

async function helpdesk(mapping?: (detected: ColumnMapping) => ColumnMapping) {
  const map = bistroMap();
  const table = await readTable(fixture("helpdesk-zendesk.csv"));
  const detected = detectColumns(table, map);
  return {
    mapping: detected,
    analysis: analyzeEvidence(map, table, mapping ? mapping(detected) : detected, {
      now,
      rules: HELPDESK_RULES,
      sourceName: "tickets.csv",
    }),
  };
}

describe("a help-desk export: Good/Bad ratings as a 2-point CSAT", () => {
  it("reads the columns: ticket id, requester and e-mail never text, subject and description one quote", async () => {
    const { mapping } = await helpdesk();
    expect(mapping.columns.map((c) => c.personal ?? c.role)).toEqual([
      "id",
      "name",
      "email",
      "comment",
      "comment",
      "csat",
      "date",
    ]);
    expect(mapping.columns[5]).toMatchObject({
      scale: { min: 1, max: 2 },
      reason: "header asks about satisfaction; Good/Bad ratings (good = satisfied) on 2 points",
    });
  });

  it("CSAT is the share of good among rated tickets; offered and unoffered are no answer", async () => {
    const { analysis } = await helpdesk();
    // Good: rows 3, 4, 6, "Good, I'm satisfied" 9, 👍 11, 13 → 6. Bad: rows 1, 2, 7, "Bad, I'm
    // unsatisfied" 10, 👎 12 → 5. Offered (5) and Unoffered (8) are no rating. 6 of 11 = 54.5%;
    // p = 6/11 has the same p(1−p) as 5/11: margin 25.4.
    expect(csat(analysis)).toMatchObject({ value: 54.5, sampleSize: 11, marginOfError: 25.4 });
    // March: 1 B, 2 B, 3 G, 4 G, 6 G, 7 B → 3 of 6 = 50%. April: 9 G, 10 B, 11 G, 12 B, 13 G → 3 of 5 = 60%.
    expect(csat(analysis)!.series).toEqual([
      { date: "2026-03-01", value: 50, sampleSize: 6 },
      { date: "2026-04-01", value: 60, sampleSize: 5 },
    ]);
    // Pay (charged, refund, bill, payment): 1 B, 3 G, 4 G, 7 B, 11 G, 12 B → 3 of 6 = 50%; p = ½, n = 6:
    // 1.96·√(0.04167 + 0.02668) / 1.6403 = 31.2. March 2 of 4, April 1 of 2.
    expect(csat(analysis, "pay")).toMatchObject({
      value: 50,
      sampleSize: 6,
      marginOfError: 31.2,
      series: [
        { date: "2026-03-01", value: 50, sampleSize: 4 },
        { date: "2026-04-01", value: 50, sampleSize: 2 },
      ],
    });
    expect(analysis.source.period).toEqual({ from: "2026-03-01", to: "2026-04-20" });
    expect(analysis.rows).toMatchObject({ total: 13, used: 13 });
    expect(analysis.warnings.filter((w) => w.includes("scale"))).toEqual([]);
  });

  it("a manual mapping without a scale reads Good/Bad on CSAT's 1-5 (good 5, bad 1): the same figures", async () => {
    const { analysis } = await helpdesk((detected) => ({
      columns: detected.columns.map(({ scale: _scale, ...c }) =>
        c.header === "Satisfaction" ? { ...c, role: "csat" } : c,
      ),
    }));
    expect(csat(analysis)).toMatchObject({ value: 54.5, sampleSize: 11, marginOfError: 25.4 });
  });

  it("quotes: subject and description as one, redacted, with no requester", async () => {
    const { analysis } = await helpdesk();
    const texts = analysis.quotes.map((q) => q.text);
    expect(texts).toContain("Wrong bill — The bill had two desserts we never ordered, call me on [phone]");
    expect(texts).toContain("Booking given away — Our booking was given to someone else");
    expect(texts.some((t) => /^1\d{4}/.test(t))).toBe(false);
    // The requester's own rating beside a quote, on CSAT's usual 1-5: bad 1, good 5 (never "CSAT 2").
    const wrongBill = analysis.quotes.find((q) => q.text.startsWith("Wrong bill"));
    const quickBill = analysis.quotes.find((q) => q.text.startsWith("Quick bill"));
    expect([wrongBill, quickBill].map((q) => [q?.score, q?.scale])).toEqual([
      [1, "csat"],
      [5, "csat"],
    ]);
    for (const person of PEOPLE) expect(everyText(analysis)).not.toContain(person);
  });
});

describe("an .xlsx export with Excel serial dates and labelled answers", () => {
  it("reads serial day numbers as dates and the labels as CSAT", async () => {
    const XLSX = await import("@e965/xlsx");
    // 46083 is 2 March 2026 (days since 30 December 1899), 46100 is 19 March.
    const sheet = XLSX.utils.aoa_to_sheet([
      ["Fecha", "¿Qué tan satisfecho estás?", "Comentario"],
      [46083.39, "Muy satisfecho", "Todo bien"],
      [46090.5, "Insatisfecho", "La cuenta tardó mucho"],
      [46100, "Satisfecho", "Buena comida"],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Respuestas");
    const bytes = XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
    const map = spanishMap();
    const table = await readTable(bytes, { fileName: "respuestas.xlsx" });
    const mapping = detectColumns(table, map);
    expect(mapping.columns.map((c) => c.role)).toEqual(["date", "csat", "comment"]);
    const analysis = analyzeEvidence(map, table, mapping, { now });
    expect(analysis.source.period).toEqual({ from: "2026-03-02", to: "2026-03-19" });
    // 5, 2, 4: 2 of 3 satisfied.
    expect(csat(analysis)).toMatchObject({ value: 66.7, sampleSize: 3 });
  });
});

describe("labelled columns are found in every language", () => {
  it.each([
    ["How easy was it to book?", ["Very easy", "Easy", "Difficult"], "ces", 5],
    ["¿Qué tan fácil fue reservar?", ["Muy fácil", "Fácil", "Muy difícil"], "ces", 5],
    ["Wie zufrieden sind Sie?", ["Sehr zufrieden", "Eher zufrieden", "Zufrieden", "Unzufrieden"], "csat", 7],
    ["Dans quelle mesure était-ce facile ?", ["Très facile", "Facile", "Difficile"], "ces", 5],
    ["Quão satisfeito ficou?", ["Muito satisfeito", "Satisfeito", "Insatisfeito"], "csat", 5],
    ["Quanto è soddisfatto?", ["Molto soddisfatto", "Soddisfatto", "Insoddisfatto"], "csat", 5],
    ["Hoe tevreden bent u?", ["Zeer tevreden", "Tevreden", "Ontevreden"], "csat", 5],
    ["The staff were friendly", ["Strongly agree", "Agree", "Somewhat agree", "Disagree"], "csat", 7],
    ["Rating", ["Good", "Bad", "Offered", "Good"], "csat", 2],
    // Likelihood in words is no 0-10 answer: a 5-point rating, never NPS.
    ["How likely are you to recommend us?", ["Extremely likely", "Very likely", "Not so likely"], "csat", 5],
  ])("%s", async (header, answers, role, points) => {
    const csv = [header, ...answers.map((a) => `"${a}"`)].join("\n");
    const table = await readTable(csv);
    const [column] = detectColumns(table, bistroMap()).columns;
    expect(column).toMatchObject({ role, scale: { min: 1, max: points } });
  });
});
