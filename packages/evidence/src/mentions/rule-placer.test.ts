import { describe, expect, it } from "vitest";
import { dentalMap } from "../../test/dental-map.js";
import { defaultMentionRules } from "./mention-rules.js";
import { createRulePlacer } from "./rule-placer.js";

const placer = (locale?: string) => createRulePlacer(defaultMentionRules(dentalMap(locale)));

describe("placing comments by rules, on stems and journey synonyms", () => {
  it('"the bill was wrong" goes to "Pay & follow-up", whose name says neither', () => {
    const { place } = placer();
    expect(place("The bill was wrong")).toMatchObject({ how: "rule", stageId: "pay" });
    expect(place("They charged me twice")).toMatchObject({ how: "rule", stageId: "pay" });
    expect(place("Invoiced for a cleaning I never had")).toMatchObject({ how: "rule", stageId: "pay" });
    expect(place("Too expensive for what it was")).toMatchObject({ how: "rule", stageId: "pay" });
  });

  it("inflections and synonyms of the other stages match too", () => {
    const { place } = placer();
    expect(place("Rescheduling was impossible")?.stageId).toBe("book");
    expect(place("My reservation got lost")?.stageId).toBe("book");
    expect(place("Waited 25 minutes past my time")?.stageId).toBe("wait");
    expect(place("The queue at reception was long")?.stageId).toBe("wait");
  });

  it("a touchpoint's rule puts the row on its touchpoint too", () => {
    const { place } = placer();
    expect(place("The invoice e-mail never came")).toMatchObject({ stageId: "pay", touchpointId: "invoice" });
  });

  it('"dentist", in two stages\' names, places nothing alone', () => {
    const { place } = placer();
    expect(place("The dentist")).toEqual({ how: "none" });
    expect(place("Dentist was lovely, my dentist is the best")).toEqual({ how: "none" });
    expect(place("Best dentist in town, the waiting room was full")?.stageId).toBe("wait");
  });

  it("a word in the rules of most stages is left out and listed", () => {
    const rules = ["find", "book", "treat"].map((stageId) => ({ stageId, keywords: ["dentist", stageId] }));
    const { place, ignored } = createRulePlacer([...rules, { stageId: "pay", keywords: ["pay"] }]);
    expect(ignored).toEqual(["dentist"]);
    expect(place("Great dentist, easy to find")?.stageId).toBe("find");
  });

  it("a word in most comments tells no stage apart: it places nothing", () => {
    const rules = [
      { stageId: "treat", keywords: ["dentist", "filling"] },
      { stageId: "pay", keywords: ["pay"] },
    ];
    const comments = [...Array.from({ length: 8 }, (_, i) => `Dentist visit number ${i}`), "ok", "fine"];
    const { place, ignored } = createRulePlacer(rules, { comments });
    expect(ignored).toEqual(["dentist"]);
    expect(place("Dentist visit number 3")).toEqual({ how: "none" });
    expect(place("The dentist did a filling")?.stageId).toBe("treat");
  });

  it("a comment matching two stages equally is reported once as several, on neither stage", () => {
    const { place } = placer();
    const tie = place("Booking was easy but the bill was a shock");
    expect(tie.how).toBe("several");
    expect(tie.tied?.sort()).toEqual(["book", "pay"]);
    expect(tie.stageId).toBeUndefined();
    // A second mention decides.
    expect(place("Booking was easy, the booking app too, but the bill was a shock")?.stageId).toBe("book");
  });

  it("Spanish and German comments match on their own stems and synonyms", () => {
    const es = createRulePlacer(
      [
        { stageId: "pay", keywords: ["pagar"] },
        { stageId: "wait", keywords: ["esperar"] },
      ],
      { language: "es" },
    );
    expect(es.place("La factura estaba mal")?.stageId).toBe("pay");
    expect(es.place("Una demora de media hora en la sala")?.stageId).toBe("wait");
    const de = createRulePlacer(
      [
        { stageId: "pay", keywords: ["bezahlen"] },
        { stageId: "book", keywords: ["Termin"] },
      ],
      { language: "de" },
    );
    expect(de.place("Die Rechnung war falsch")?.stageId).toBe("pay");
    expect(de.place("Die Buchung online ging schnell")?.stageId).toBe("book");
  });

  it("learned words place what no rule does, as a second tier", () => {
    const { place } = createRulePlacer([{ stageId: "pay", keywords: ["pay"] }], {
      learned: { treat: [{ word: "filling", concept: "fill", count: 5, share: 0.9 }] },
    });
    expect(place("The filling fell out after a week")).toEqual({ how: "learned", stageId: "treat" });
    expect(place("Paying for the filling took ages")).toMatchObject({ how: "rule", stageId: "pay" });
  });
});
