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

  it("a locale without a lexicon of its own reads English", () => {
    expect(scoreSentiment("great", "fr-FR").language).toBe("en");
    expect(scoreSentiment("great").sentimentValue).toBeGreaterThan(0);
  });
});
