import { describe, expect, it } from "vitest";
import { foldLabel, isUnrated, labelLevel, labelReadings, labelScaleOf } from "./answer-labels.js";
import { columnAnswers } from "./parse-answer.js";

/** Each row: a column of labels from low to high, and the kind it must be read as (5 points). */
const FIVE_POINT: Record<string, [kind: string, labels: string[]][]> = {
  en: [
    [
      "satisfaction",
      [
        "Very dissatisfied",
        "Dissatisfied",
        "Neither satisfied nor dissatisfied",
        "Satisfied",
        "Very satisfied",
      ],
    ],
    ["agreement", ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]],
    [
      "likelihood",
      ["Not at all likely", "Not so likely", "Somewhat likely", "Very likely", "Extremely likely"],
    ],
    ["effort", ["Very difficult", "Difficult", "Neither easy nor difficult", "Easy", "Very easy"]],
    ["quality", ["Poor", "Fair", "Good", "Very good", "Excellent"]],
  ],
  es: [
    [
      "satisfaction",
      ["Muy insatisfecho", "Insatisfecho", "Ni satisfecho ni insatisfecho", "Satisfecho", "Muy satisfecho"],
    ],
    [
      "agreement",
      [
        "Totalmente en desacuerdo",
        "En desacuerdo",
        "Ni de acuerdo ni en desacuerdo",
        "De acuerdo",
        "Totalmente de acuerdo",
      ],
    ],
    [
      "likelihood",
      ["Nada probable", "Poco probable", "Algo probable", "Muy probable", "Extremadamente probable"],
    ],
    ["effort", ["Muy difícil", "Difícil", "Ni fácil ni difícil", "Fácil", "Muy fácil"]],
    ["quality", ["Mala", "Regular", "Buena", "Muy buena", "Excelente"]],
  ],
  de: [
    [
      "satisfaction",
      ["Sehr unzufrieden", "Unzufrieden", "Weder zufrieden noch unzufrieden", "Zufrieden", "Sehr zufrieden"],
    ],
    [
      "agreement",
      ["Stimme überhaupt nicht zu", "Stimme nicht zu", "Weder noch", "Stimme zu", "Stimme voll und ganz zu"],
    ],
    [
      "likelihood",
      [
        "Sehr unwahrscheinlich",
        "Unwahrscheinlich",
        "Weder wahrscheinlich noch unwahrscheinlich",
        "Wahrscheinlich",
        "Äußerst wahrscheinlich",
      ],
    ],
    ["effort", ["Sehr schwierig", "Schwierig", "Weder einfach noch schwierig", "Einfach", "Sehr einfach"]],
    ["quality", ["Schlecht", "Befriedigend", "Gut", "Sehr gut", "Ausgezeichnet"]],
  ],
  fr: [
    [
      "satisfaction",
      ["Très insatisfait", "Insatisfaite", "Ni satisfait ni insatisfait", "Satisfaite", "Très satisfait"],
    ],
    [
      "agreement",
      [
        "Pas du tout d'accord",
        "Pas d'accord",
        "Ni d'accord ni pas d'accord",
        "D'accord",
        "Tout à fait d'accord",
      ],
    ],
    [
      "likelihood",
      ["Pas du tout probable", "Peu probable", "Assez probable", "Très probable", "Extrêmement probable"],
    ],
    ["effort", ["Très difficile", "Difficile", "Ni facile ni difficile", "Facile", "Très facile"]],
    ["quality", ["Mauvais", "Moyen", "Bon", "Très bon", "Excellent"]],
  ],
  pt: [
    [
      "satisfaction",
      [
        "Muito insatisfeito",
        "Insatisfeita",
        "Nem satisfeito nem insatisfeito",
        "Satisfeito",
        "Muito satisfeita",
      ],
    ],
    [
      "agreement",
      ["Discordo totalmente", "Discordo", "Não concordo nem discordo", "Concordo", "Concordo totalmente"],
    ],
    [
      "likelihood",
      [
        "Nada provável",
        "Pouco provável",
        "Nem provável nem improvável",
        "Muito provável",
        "Extremamente provável",
      ],
    ],
    ["effort", ["Muito difícil", "Difícil", "Nem fácil nem difícil", "Fácil", "Muito fácil"]],
    ["quality", ["Ruim", "Regular", "Bom", "Muito bom", "Excelente"]],
  ],
  it: [
    [
      "satisfaction",
      [
        "Molto insoddisfatto",
        "Insoddisfatta",
        "Né soddisfatto né insoddisfatto",
        "Soddisfatto",
        "Molto soddisfatta",
      ],
    ],
    [
      "agreement",
      [
        "Fortemente in disaccordo",
        "In disaccordo",
        "Né d'accordo né in disaccordo",
        "D'accordo",
        "Fortemente d'accordo",
      ],
    ],
    [
      "likelihood",
      [
        "Per niente probabile",
        "Poco probabile",
        "Abbastanza probabile",
        "Molto probabile",
        "Estremamente probabile",
      ],
    ],
    ["effort", ["Molto difficile", "Difficile", "Né facile né difficile", "Facile", "Molto facile"]],
    ["quality", ["Scarso", "Sufficiente", "Buono", "Molto buono", "Eccellente"]],
  ],
  nl: [
    ["satisfaction", ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"]],
    [
      "agreement",
      ["Helemaal mee oneens", "Mee oneens", "Noch eens, noch oneens", "Mee eens", "Helemaal mee eens"],
    ],
    [
      "likelihood",
      [
        "Zeer onwaarschijnlijk",
        "Onwaarschijnlijk",
        "Enigszins waarschijnlijk",
        "Waarschijnlijk",
        "Uiterst waarschijnlijk",
      ],
    ],
    ["effort", ["Zeer moeilijk", "Moeilijk", "Niet makkelijk, niet moeilijk", "Makkelijk", "Zeer makkelijk"]],
    ["quality", ["Slecht", "Matig", "Goed", "Zeer goed", "Uitstekend"]],
  ],
};

describe("answer labels", () => {
  describe.each(Object.entries(FIVE_POINT))("%s", (_language, scales) => {
    it.each(scales)("%s: low to high on 1-5", (kind, labels) => {
      const answers = columnAnswers(labels);
      expect(answers.labels).toEqual({ kind, points: 5 });
      expect(labels.map((l) => answers.read(l))).toEqual([1, 2, 3, 4, 5]);
    });
  });

  it("ignores accents, case and punctuation", () => {
    expect(foldLabel("  MUY  Satisfecho!! ")).toBe("muy satisfecho");
    expect(foldLabel("Très satisfait.")).toBe(foldLabel("tres satisfait"));
    expect(labelReadings("äusserst ZUFRIEDEN")[0]).toMatchObject({ kind: "satisfaction", sign: 1 });
    expect(labelReadings("muy satisfecha")[0]).toMatchObject({
      kind: "satisfaction",
      sign: 1,
      degree: "extreme",
    });
    expect(labelReadings("👍🏽")[0]).toMatchObject({ kind: "rating", sign: 1 });
  });

  it("a help desk's Good/Bad column is a 2-point rating, not a quality scale", () => {
    expect(labelScaleOf(["Good", "Bad", "Offered"])).toEqual({ kind: "rating", points: 2 });
    expect(labelScaleOf(["satisfied", "unsatisfied"])).toEqual({ kind: "rating", points: 2 });
    expect(labelScaleOf(["Good", "Very good", "Excellent"])).toEqual({ kind: "quality", points: 5 });
    expect(labelScaleOf(["Satisfied", "Very satisfied", "Dissatisfied"])).toEqual({
      kind: "satisfaction",
      points: 5,
    });
  });

  it("seven points when one side holds a plain and a mild label", () => {
    const scale = labelScaleOf(["Stimme zu", "Stimme eher zu", "Stimme nicht zu"])!;
    expect(scale).toEqual({ kind: "agreement", points: 7 });
    expect(labelLevel("Stimme voll und ganz zu", scale)).toBe(7);
    expect(labelLevel("Stimme eher nicht zu", scale)).toBe(3);
    expect(labelLevel("Weder noch", scale)).toBe(4);
  });

  it("offered and unoffered are no rating; nothing else is", () => {
    expect(["Offered", "unoffered", "Not offered"].every(isUnrated)).toBe(true);
    expect(isUnrated("Good")).toBe(false);
  });

  it("no known label: no scale", () => {
    expect(labelScaleOf(["Lunch", "Dinner"])).toBeUndefined();
  });
});
