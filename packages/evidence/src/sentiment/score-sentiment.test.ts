import { describe, expect, it } from "vitest";
import { scoreSentiment, sentimentMetric } from "./score-sentiment.js";

describe("sentiment", () => {
  it("maps AFINN scores onto the emotion scale", () => {
    const negative = scoreSentiment("The food was cold and the waiter was rude");
    expect(negative.negative).toEqual(expect.arrayContaining(["rude"]));
    expect(negative.emotionScore).toBeLessThan(0);
    const positive = scoreSentiment("Amazing coffee, lovely staff, great experience");
    expect(positive.emotionScore).toBeGreaterThanOrEqual(2);
    expect(scoreSentiment("The table is by the window").emotionScore).toBe(0);
    for (const text of ["awful horrible terrible", "best best best"]) {
      const s = scoreSentiment(text);
      expect(Math.abs(s.emotionScore)).toBeLessThanOrEqual(3);
      expect(Math.abs(s.sentimentValue)).toBeLessThanOrEqual(1);
    }
  });

  it("turns feedback into a sentiment metric in range", () => {
    const metric = sentimentMetric(["I love it", "I hate waiting"], { stageId: "s1" });
    expect(metric).toMatchObject({ kind: "sentiment", sampleSize: 2, stageId: "s1" });
    expect(metric.value).toBeGreaterThanOrEqual(-1);
    expect(metric.value).toBeLessThanOrEqual(1);
  });
});

describe("sentiment: sign on clear sentences, negation, languages", () => {
  it.each([
    ["The staff were friendly and the food was excellent", 1],
    ["Horrible service, rude waiter, awful food", -1],
    ["The food was not good", -1],
    ["I don't like the new menu", -1],
    ["The wait was not bad at all", 1],
  ])("en: %s", (text, sign) => {
    expect(Math.sign(scoreSentiment(text).sentimentValue)).toBe(sign);
  });

  it.each([
    ["El servicio fue excelente, me encantó", 1],
    ["La comida estaba fría y el camarero fue muy grosero", -1],
    ["No fue bueno", -1],
  ])("es: %s", (text, sign) => {
    const score = scoreSentiment(text, "es-ES");
    expect(score.language).toBe("es");
    expect(Math.sign(score.sentimentValue)).toBe(sign);
  });

  it.each([
    ["Der Service war hervorragend, sehr freundlich!", 1],
    ["Das Essen war kalt und der Kellner unfreundlich", -1],
    ["Das war nicht gut", -1],
  ])("de: %s", (text, sign) => {
    const score = scoreSentiment(text, "de");
    expect(score.language).toBe("de");
    expect(Math.sign(score.sentimentValue)).toBe(sign);
  });

  it("a locale without rules of its own reads English; a comment with no sign of a language keeps the map's", () => {
    expect(scoreSentiment("great", "fr-FR")).toMatchObject({
      language: "fr",
      rules: "en",
      label: "positive",
    });
    expect(scoreSentiment("great").sentimentValue).toBeGreaterThan(0);
  });
});

describe("sentiment of customer feedback: what word lists miss", () => {
  it.each([
    ["Waited 25 minutes past my appointment time", "negative"],
    ["Food was cold and the waiter never came back", "negative"],
    ["My card was declined twice and nobody helped", "negative"],
    ["Wouldn't recommend.", "negative"],
    ["Absolutely no complaints, 10/10", "positive"],
    ["Oh great, another forty minute wait 🙄", "negative"],
    ["The cheesecake is to die for", "positive"],
    ["Expensive, but worth every penny", "positive"],
    ["Nice staff but the wait was ridiculous", "negative"],
    ["Would be nice to have oat milk", "neutral"],
    ["Ordered the set menu.", "neutral"],
    ["Esperé 40 minutos pasada la hora de mi cita", "negative"],
    ["Seit 6 Wochen keine Rückerstattung", "negative"],
    ["Nichts zu meckern, gerne wieder", "positive"],
  ] as const)("%s → %s", (text, label) => {
    expect(scoreSentiment(text, "en").label).toBe(label);
  });

  it("detects the comment's language, whatever the map's", () => {
    expect(scoreSentiment("La comida estaba fría y el camarero fue grosero", "en")).toMatchObject({
      language: "es",
      rules: "es",
      label: "negative",
    });
    expect(scoreSentiment("Das Essen war kalt und der Kellner unfreundlich", "en").language).toBe("de");
  });

  it("a clear rating from the same person anchors a comment the text leaves unclear", () => {
    const text = "Booked online, got an appointment two weeks later";
    expect(scoreSentiment(text, "en", { rating: { value: 2, min: 0, max: 10 } }).label).toBe("negative");
    expect(scoreSentiment(text, "en", { rating: { value: 10, min: 0, max: 10 } }).label).toBe("positive");
    // A text that clearly says the opposite keeps its own sign.
    const praise = "Absolutely wonderful staff, best dentist ever!";
    expect(scoreSentiment(praise, "en", { rating: { value: 1, min: 0, max: 10 } }).label).toBe("positive");
  });

  it("labels by the documented thresholds", () => {
    for (const text of ["great", "rude", "ok", "Ordered a latte", "never again", "🙂"]) {
      const s = scoreSentiment(text);
      const expected =
        s.sentimentValue >= 0.3 ? "positive" : s.sentimentValue <= -0.3 ? "negative" : "neutral";
      expect(s.label).toBe(expected);
    }
  });
});
