import { describe, expect, it } from "vitest";
import { compileRules, scoreText } from "../score-text.js";
import { german } from "./german.js";

const rules = compileRules(german);
const value = (text: string) => scoreText(text, rules).value;

describe("German rules", () => {
  it.each([
    ["Noch nie so schlecht behandelt worden", -1],
    ["Noch nie so freundlich empfangen worden", 1],
    ["Ich kann diese Werkstatt niemandem empfehlen", -1],
    ["Das war ein Griff ins Klo", -1],
    ["Ein Schuss in den Ofen", -1],
    ["Da stimmt hinten und vorne nichts", -1],
    ["Lief wie am Schnürchen", 1],
    ["Das Team ist echt auf Zack", 1],
    ["Ich kann mich nicht beklagen", 1],
    ["Hat nicht lange gedauert", 1],
    ["Sehr schön eingerichtet", 1],
    ["Ein schönes Zimmer mit Blick auf den See", 1],
    ["Der Zug fiel aus", -1],
    ["Wann wird endlich das Loch repariert?", -1],
    ["Wo bleibt eigentlich meine Erstattung?", -1],
    ["Die Qualität lässt zu wünschen übrig", -1],
    ["Den Besuch kann man sich sparen", -1],
    ["Ist es normal, dass ein Gutachter zwei Monate braucht?", -1],
    ["Ich bin hin und weg", 1],
    ["Mich hat nichts gestört", 1],
    ["Die Schulleitung hat nichts unternommen", -1],
    ["Das Gerät lief genau zwei Tage", -1],
    ["Für das Geld erwarte ich mehr", -1],
    ["Das Paket kam einen Tag früher als angekündigt", 1],
    ["Die Reparatur war teurer als vereinbart", -1],
    ["Später Check-out ohne Aufpreis", 1],
    ["Trotz Verspätung hat die Airline alle Anschlüsse umgebucht", 1],
  ])("%s", (text, sign) => {
    expect(Math.sign(value(text))).toBe(sign);
  });

  it.each([
    "Perfekt, jetzt darf ich alles nochmal ausfüllen",
    "Wunderbar, das Ersatzteil kommt in sechs Wochen",
    "Oh wie schön, die Heizung ist schon wieder aus",
    "Danke für gar nichts",
  ])("reads praise followed by what went wrong as sarcasm: %s", (text) => {
    expect(value(text)).toBeLessThan(0);
  });

  it.each(["Perfekt, alles hat geklappt", "Wunderbar, vielen Dank für die schnelle Hilfe"])(
    "keeps praise followed by praise: %s",
    (text) => {
      expect(value(text)).toBeGreaterThan(0);
    },
  );

  it("reads 'schon' (already) as nothing, however 'schön' folds", () => {
    expect(value("Ich war schon da")).toBe(0);
    expect(value("Das war so schon wieder nichts")).toBeLessThanOrEqual(0);
  });
});
