import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createJourneyMap, type JourneyMap, parseJourneyMap } from "@journeykit/core";
import { toJson } from "@journeykit/export";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT, run } from "./run.js";

let dir: string;
const at = (name: string) => join(dir, name);
const exec = async (...argv: string[]) => {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};
const readMap = async (file: string): Promise<JourneyMap> => {
  const result = parseJourneyMap(await readFile(file, "utf8"));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
};

/** A restaurant map whose room assumed paying is pleasant. */
function restaurant(): JourneyMap {
  const map = createJourneyMap({ id: "bistro", title: "Bistro", now: new Date("2026-01-01T00:00:00Z") });
  return {
    ...map,
    personas: [{ ...map.personas[0]!, id: "guest", name: "Guest" }],
    stages: [
      { id: "order", name: "Order" },
      { id: "eat", name: "Eat" },
      { id: "pay", name: "Pay" },
    ],
    emotions: [{ id: "e-pay", personaId: "guest", stageId: "pay", score: 2 }],
  };
}

/** A SurveyMonkey-style export (two header rows) of one month. */
function surveyMonkey(month: number, answers: [nps: number, stage: string, comment: string][]): string {
  const lines = [
    "Respondent ID,End Date,Email Address,How likely is it that you would recommend us?,Which step of your visit?,Any comments?",
    ",,,Response,Response,Open-Ended Response",
    ...answers.map(
      ([nps, stage, comment], i) =>
        `${1000 + i},${String(month).padStart(2, "0")}/${String(1 + i).padStart(2, "0")}/2026 07:00:00 PM,guest${i}@example.com,${nps},${stage},"${comment}"`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

const MARCH: [number, string, string][] = [
  [3, "Pay", "The card machine was broken, awful"],
  [2, "Pay", "Waited forever for the bill, terrible"],
  [4, "Pay", "Bill took ages, call me on +44 20 7946 0958"],
  [5, "Pay", "Slow and annoying payment"],
  [1, "Pay", "Horrible wait to pay"],
  [10, "Order", "Lovely staff, great menu"],
  [9, "Eat", "Delicious food"],
];
const APRIL: [number, string, string][] = [
  [9, "Pay", "Quick and easy to pay now"],
  [10, "Pay", "Great, the new terminal works"],
  [8, "Pay", "Fine"],
  [9, "Pay", "Good service"],
  [10, "Pay", "Perfect"],
  [9, "Order", "Nice"],
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-evidence-"));
  await writeFile(at("map.journey.json"), toJson(restaurant()));
  await writeFile(at("march.csv"), surveyMonkey(3, MARCH));
  await writeFile(at("april.csv"), surveyMonkey(4, APRIL));
});

describe("journeykit evidence", () => {
  it("adds metrics, quotes and the measured curve, prints what it added and the gap, exit 0", async () => {
    const result = await exec("evidence", at("map.journey.json"), at("march.csv"), "-o", at("out.json"));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT.ok);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(
      `${at("march.csv")}: 7 rows read (surveymonkey, csv); columns: date: "End Date", nps: "How likely is it that you would recommend us?", stage: "Which step of your visit?", comment: "Any comments?"`,
    );
    expect(lines[1]).toMatch(
      /^.*out\.json: added source "march\.csv", \d+ metrics, \d+ quotes, 1 measured emotion point/,
    );
    expect(result.stdout).toContain(
      "gap: Pay (Guest): customers feel worse than the room assumed: the room: +2; customers: −3 ±1.3, from NPS −100 ±45, n=5",
    );
    const map = await readMap(at("out.json"));
    const pay = map.metrics.find((m) => m.kind === "NPS" && m.stageId === "pay")!;
    // 5 answers at Pay, all detractors: NPS -100.
    expect(pay).toMatchObject({
      value: -100,
      sampleSize: 5,
      series: [{ date: "2026-03-01", value: -100, sampleSize: 5 }],
    });
    const text = JSON.stringify(map);
    expect(text).not.toContain("7946");
    expect(text).not.toContain("guest1@example.com");
  });

  it("a re-run with a later export appends dated points instead of duplicating", async () => {
    await exec("evidence", at("map.journey.json"), at("march.csv"), "-o", at("living.json"));
    const result = await exec("evidence", at("living.json"), at("april.csv"), "-o", at("living.json"));
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/series extended with dated points/);
    const map = await readMap(at("living.json"));
    const pay = map.metrics.filter((m) => m.kind === "NPS" && m.stageId === "pay");
    expect(pay).toHaveLength(1);
    expect(pay[0]!.series?.map((p) => [p.date, p.value])).toEqual([
      ["2026-03-01", -100],
      // April at Pay: 9, 10, 8, 9, 10 -> 4 promoters and a passive of 5.
      ["2026-04-01", 80],
    ]);
    expect(map.sources).toHaveLength(2);
  });

  it("--mapping corrects a column and --rules places rows without a stage column", async () => {
    await writeFile(
      at("reviews.csv"),
      "date,stars,review\n2026-03-01,1,The bill took ages\n2026-03-02,2,Paying was slow\n2026-03-03,1,Awful bill\n2026-03-04,2,bill wrong\n2026-03-05,1,bill slow\n2026-03-06,5,Lovely soup\n",
    );
    await writeFile(
      at("mapping.json"),
      JSON.stringify({ columns: [{ header: "stars", role: "csat", scale: { min: 1, max: 5 } }] }),
    );
    await writeFile(at("rules.json"), JSON.stringify([{ stageId: "Pay", keywords: ["bill", "paying"] }]));
    const result = await exec(
      "evidence",
      at("map.journey.json"),
      at("reviews.csv"),
      "--mapping",
      at("mapping.json"),
      "--rules",
      at("rules.json"),
      "-o",
      at("reviews.json"),
    );
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain('csat: "stars"');
    expect(result.stdout).toContain("1 row on no stage");
    const map = await readMap(at("reviews.json"));
    expect(map.metrics.find((m) => m.kind === "CSAT" && m.stageId === "pay")).toMatchObject({
      value: 0,
      sampleSize: 5,
    });
  });

  it("next month's export reuses the placement saved with the first import; --print-rules prints it; --fresh does not reuse", async () => {
    const reviews = (month: string, texts: string[]) =>
      `date,stars,review\n${texts.map((t, i) => `2026-${month}-0${i + 1},${(i % 3) + 1},${t}`).join("\n")}\n`;
    await writeFile(
      at("m1.csv"),
      reviews("03", [
        "The till was broken",
        "Tip jar was pushy",
        "Lovely soup",
        "Till again",
        "Tip jar rude",
      ]),
    );
    await writeFile(
      at("m2.csv"),
      reviews("04", [
        "Till queue",
        "tip jar annoying",
        "till broken",
        "Great soup",
        "Tip jar is too much",
        "Tills slow",
      ]),
    );
    await writeFile(at("till.json"), JSON.stringify([{ stageId: "Pay", keywords: ["till", "tip jar"] }]));
    const first = await exec(
      "evidence",
      at("map.journey.json"),
      at("m1.csv"),
      "--rules",
      at("till.json"),
      "-o",
      at("m1.json"),
    );
    expect(first.code).toBe(EXIT.ok);
    expect(first.stdout).toContain("placement: Pay: 4 by rule");

    const second = await exec("evidence", at("m1.json"), at("m2.csv"), "--print-rules", "-o", at("m2.json"));
    expect(second.code).toBe(EXIT.ok);
    expect(second.stdout).toMatch(/placement: reused from "m1\.csv" \(imported \d{4}-\d\d-\d\d\)/);
    expect(second.stdout).toContain("placement: Pay: 5 by rule");
    const printed = second.stdout.split("rules used (JSON, as --rules reads it):\n")[1]?.split("\n")[0];
    expect(JSON.parse(printed ?? "")).toEqual({
      rules: [{ stageId: "pay", keywords: ["till", "tip jar"] }],
    });
    const map = await readMap(at("m2.json"));
    expect(map.sources.at(-1)?.rules).toEqual([{ stageId: "pay", keywords: ["till", "tip jar"] }]);

    const fresh = await exec("evidence", at("m1.json"), at("m2.csv"), "--fresh", "-o", at("m2-fresh.json"));
    expect(fresh.stdout).not.toContain("reused from");
    expect(fresh.stdout).not.toContain("placement: Pay: 5 by rule");
  });

  it("prints the suggested pain points, numbered, and adds them only when --pain-points chooses them", async () => {
    const PAINS: [number, string, string][] = [
      [1, "Pay", "The card machine was broken again"],
      [2, "Pay", "Card machine broken, had to find cash"],
      [0, "Pay", "The card machine did not work, awful"],
      [3, "Pay", "Card machine failed twice, terrible"],
      [2, "Pay", "Slow and the card machine was down"],
      [10, "Order", "Lovely staff"],
    ];
    await writeFile(at("pains.csv"), surveyMonkey(5, PAINS));
    const cards = async (file: string) =>
      (await readMap(file)).cards.filter((c) => c.text.startsWith("Card machine")).map((c) => c.text);

    const none = await exec("evidence", at("map.journey.json"), at("pains.csv"), "-o", at("pains-none.json"));
    expect(none.code).toBe(EXIT.ok);
    expect(none.stdout).toContain("pain point 1: Pay: Card machine: 5 of 5 comments, NPS −100 (severity 5)");
    expect(none.stdout).toMatch(/pain points: none added \(\d+ suggestions?\); --pain-points adds them all/);
    expect(await cards(at("pains-none.json"))).toEqual([]);

    const one = await exec(
      "evidence",
      at("map.journey.json"),
      at("pains.csv"),
      "--pain-points",
      "1",
      "-o",
      at("pains-one.json"),
    );
    expect(one.stdout).toContain("pain point 1 (added): Pay: Card machine: 5 of 5 comments, NPS −100");
    expect(await cards(at("pains-one.json"))).toEqual(["Card machine: 5 of 5 comments, NPS −100"]);

    const all = await exec(
      "evidence",
      at("map.journey.json"),
      at("pains.csv"),
      "--pain-points",
      "-o",
      at("pains-all.json"),
    );
    expect(all.stdout).not.toContain("none added");
    expect(await cards(at("pains-all.json"))).toHaveLength(1);

    const wrong = await exec(
      "evidence",
      at("map.journey.json"),
      at("pains.csv"),
      "--pain-points",
      "9",
      "-o",
      at("x.json"),
    );
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.stderr).toContain('--pain-points 9: "9" is not the number of a suggested pain point');
  });

  it("exit 1 with one line naming the file: a data file that is not there, rules naming no stage, a broken map", async () => {
    const missing = await exec("evidence", at("map.journey.json"), at("nope.csv"), "-o", at("x.json"));
    expect(missing).toMatchObject({ code: EXIT.invalidInput, stdout: "" });
    expect(missing.stderr).toBe(`journeykit: ${at("nope.csv")}: cannot read the data file (ENOENT)\n`);
    await writeFile(at("bad-rules.json"), JSON.stringify([{ stageId: "Dessert", keywords: ["cake"] }]));
    const rules = await exec(
      "evidence",
      at("map.journey.json"),
      at("march.csv"),
      "--rules",
      at("bad-rules.json"),
      "-o",
      at("x.json"),
    );
    expect(rules.code).toBe(EXIT.invalidInput);
    expect(rules.stderr).toContain('rules[0].stageId: no stage with id or name "Dessert"');
    await writeFile(at("broken.json"), '{"format":"journeykit/map"');
    expect((await exec("evidence", at("broken.json"), at("march.csv"), "-o", at("x.json"))).code).toBe(
      EXIT.invalidInput,
    );
    await writeFile(at("empty.csv"), "\n\n");
    const empty = await exec("evidence", at("map.journey.json"), at("empty.csv"), "-o", at("x.json"));
    expect(empty.stderr).toContain("empty.csv: no rows found");
  });

  it("exit 2 for usage: no -o, an output that is not .json, an unknown period", async () => {
    expect((await exec("evidence", at("map.journey.json"), at("march.csv"))).code).toBe(EXIT.usage);
    const png = await exec("evidence", at("map.journey.json"), at("march.csv"), "-o", at("x.png"));
    expect(png.code).toBe(EXIT.usage);
    expect(png.stderr).toContain("the output is a map");
    expect(
      (
        await exec(
          "evidence",
          at("map.journey.json"),
          at("march.csv"),
          "--period",
          "year",
          "-o",
          at("x.json"),
        )
      ).code,
    ).toBe(EXIT.usage);
  });
});
