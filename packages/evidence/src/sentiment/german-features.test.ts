import { describe, expect, it } from "vitest";
import { germanFeatures } from "./german-features.js";
import { type TrainingSet, trainSentimentModel } from "./sentiment-model.js";

const NEGATORS = new Set(["nicht", "nie", "kein"]);

describe("German model features", () => {
  it("gives every inflection of a word one stem", () => {
    const a = germanFeatures("unfreundliche Bedienung", NEGATORS);
    const b = germanFeatures("Bedienung unfreundlich", NEGATORS);
    expect(a.filter((f) => f.startsWith("s:")).sort()).toEqual(b.filter((f) => f.startsWith("s:")).sort());
  });

  it("shares the start and the end of a compound with its parts", () => {
    const compound = germanFeatures("Lieferverzögerung", NEGATORS);
    expect(compound).toContain("p:lief");
    expect(compound).toEqual(
      expect.arrayContaining(germanFeatures("Verzögerung", NEGATORS).filter((f) => f.startsWith("x:"))),
    );
  });

  it("marks the whole clause of a negator, the verb before it too, and stops at the comma", () => {
    const features = germanFeatures("Das Essen schmeckte nicht, die Bedienung war nett", NEGATORS);
    expect(features).toContain(`n:${germanFeatures("schmeckte", NEGATORS)[0]!.slice(2)}`);
    expect(features.filter((f) => f.startsWith("n:")).some((f) => f.includes("nett"))).toBe(false);
  });

  it("marks what follows a contrast", () => {
    const features = germanFeatures("Lecker, aber kalt", NEGATORS);
    expect(features).toContain("c:kalt");
    expect(features.some((f) => f.startsWith("c:") && f.includes("leck"))).toBe(false);
  });

  it("lets the German model read a compound it was never shown by its parts; the English one cannot", () => {
    const training: TrainingSet = [
      ["Die Lieferverzögerung war ärgerlich", "negative"],
      ["Wieder eine Terminverschiebung", "negative"],
      ["Alles bestens", "positive"],
      ["Sehr nett", "positive"],
      ["Wir waren zu zweit da", "neutral"],
      ["Termin am Montag", "neutral"],
    ];
    const train = (language: string) => trainSentimentModel(training, NEGATORS, () => 0, language);
    const text = "Verzögerung";
    expect(train("de").classify(text, 0).negative).toBeGreaterThan(train("en").classify(text, 0).negative);
  });
});
