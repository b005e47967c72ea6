import { describe, expect, it } from "vitest";
import { findThemes, topThemes } from "./top-themes.js";

const scored = (texts: readonly string[], sentiment = -0.5) => texts.map((text) => ({ text, sentiment }));
const terms = (themes: readonly { term: string }[]) => themes.map((t) => t.term);

describe("topThemes: phrases an analyst would write", () => {
  it("finds a recurring phrase rather than its single words", () => {
    const themes = topThemes(
      scored([
        "We sat in the waiting room for 25 minutes",
        "The waiting room was packed and hot",
        "Waiting room chairs are broken",
        "Nobody told us why the waiting room was so full",
      ]),
    );
    expect(themes[0]).toMatchObject({ term: "waiting room", count: 4 });
    expect(terms(themes)).not.toContain("waiting");
    expect(terms(themes)).not.toContain("room");
  });

  it("keeps a single word when no phrase covers its comments", () => {
    const themes = topThemes(
      scored(["The soup was cold", "Cold chips, cold plate", "My coffee arrived cold", "Cold. Again."]),
    );
    expect(themes[0]).toMatchObject({ term: "cold", count: 4 });
  });

  it("reads a phrase through 'of', 'de', 'von' and writes it as customers do", () => {
    const en = topThemes(scored(["What a waste of time", "Total waste of time", "a waste of time again"]));
    expect(en[0]).toMatchObject({ term: "waste of time", count: 3 });
    const es = topThemes(
      scored(["La sala de espera estaba llena", "Sala de espera sucia", "En la sala de espera hace frío"]),
      { language: "es" },
    );
    expect(es[0]).toMatchObject({ term: "sala de espera", count: 3 });
  });

  it("counts each comment once per theme and averages its sentiment", () => {
    const themes = topThemes([
      { text: "card machine broken, card machine broken", sentiment: -0.6 },
      { text: "the card machine did not work", sentiment: -0.4 },
      { text: "Lovely staff", sentiment: 0.8 },
    ]);
    expect(themes[0]).toMatchObject({ term: "card machine", count: 2, meanSentiment: -0.5 });
  });

  it("returns the comments behind each theme", () => {
    const themes = findThemes(scored(["card machine broken", "fine", "the card machine again"]));
    expect(themes[0]).toMatchObject({ term: "card machine", comments: [0, 2] });
  });
});

describe("topThemes: variants are one theme", () => {
  it("merges forms of a word: complain, complaint, complained, complaining", () => {
    const themes = topThemes(
      scored([
        "I complained twice",
        "My complaint was ignored",
        "Complaining gets nowhere",
        "One more complaint",
      ]),
    );
    expect(themes).toHaveLength(1);
    expect(themes[0]).toMatchObject({ term: "complaint", count: 4 });
    expect(themes[0]!.variants).toEqual(expect.arrayContaining(["complained", "complaining"]));
  });

  it("merges a phrase and the phrases overlapping it on the same comments: 'paper form' + 'form again'", () => {
    const themes = topThemes(
      scored([
        "Had to fill in the paper form again",
        "The paper form again! You have my details",
        "Why a paper form again",
        "Paper form again, third visit in a row",
      ]),
      { limit: 10 },
    );
    expect(themes[0]).toMatchObject({ term: "paper form", count: 4 });
    expect(terms(themes)).not.toContain("form again");
    expect(themes.filter((t) => t.count === 4)).toHaveLength(1);
  });

  it("keeps phrases sharing a word apart when they are about different comments", () => {
    const themes = topThemes(
      scored([
        "long wait at the desk",
        "long wait again",
        "long wait today",
        "waiting room hot",
        "waiting room full",
      ]),
      { limit: 10 },
    );
    expect(terms(themes)).toEqual(expect.arrayContaining(["long wait", "waiting room"]));
  });
});

describe("topThemes: what never becomes a theme", () => {
  it("leaves out mail signatures, greetings, thanks and closings", () => {
    const themes = topThemes(
      scored([
        "Hi team, the invoice was wrong.\nSent from my iPhone",
        "Hello, invoice wrong again. Thanks!\n\nGet Outlook for iOS",
        "Kind regards,\nSam Lee\nAcme Ltd",
        "Kind regards,\nSam Lee\nAcme Ltd",
        "Dear Sir or Madam, thank you. Best regards, Jo",
        "Sent from my iPhone",
        "Von meinem iPhone gesendet",
        "Enviado desde mi teléfono",
      ]),
      { limit: 10 },
    );
    expect(terms(themes).sort()).toEqual(["invoice", "wrong"]);
  });

  it("leaves out redaction tokens", () => {
    const themes = topThemes(
      scored([
        "Write to [email] or call [phone]",
        "[email] [phone]",
        "card [card number] charged",
        "[card number]",
      ]),
      { limit: 10 },
    );
    expect(terms(themes).join(" ")).not.toMatch(/email|phone|number/);
  });

  it("leaves out themes made only of the stage and touchpoint names' words, not phrases holding them", () => {
    const themes = topThemes(
      scored([
        "Long wait to arrive",
        "arrive and wait forever",
        "the waiting room is cold",
        "waiting room cold",
      ]),
      { stageWords: ["Arrive & wait", "Reception desk"], limit: 10 },
    );
    expect(terms(themes)).toContain("waiting room");
    expect(terms(themes)).not.toContain("wait");
    expect(terms(themes)).not.toContain("arrive");
  });

  it("leaves out English stopwords and fillers", () => {
    const themes = topThemes(
      scored(["The bill was just really high again", "bill? just really high, really"]),
    );
    expect(terms(themes).sort()).toEqual(["bill", "high"]);
  });

  it("leaves out Spanish stopwords and politeness", () => {
    const themes = topThemes(
      scored([
        "Hola, la factura estaba mal. Gracias",
        "Muchas gracias, la factura está mal otra vez",
        "Factura mal",
      ]),
      { language: "es" },
    );
    expect(terms(themes).sort()).toEqual(["factura", "mal"]);
  });

  it("leaves out German stopwords and politeness", () => {
    const themes = topThemes(
      scored([
        "Hallo, das Essen war leider kalt. Danke",
        "Das Essen kam kalt an. Mit freundlichen Grüßen, Anna Meier",
        "Essen kalt!",
      ]),
      { language: "de" },
    );
    expect(terms(themes).sort()).toEqual(["essen", "kalt"]);
  });

  it("leaves out numbers and one-letter words", () => {
    expect(topThemes(scored(["25 25 x", "25 x 25"]))).toEqual([]);
  });
});
