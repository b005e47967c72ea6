import { describe, expect, it } from "vitest";
import { toWinAnsi } from "./pdf-fonts.js";

describe("toWinAnsi: text for a PDF without embedded fonts", () => {
  it("keeps French numbers whole: their narrow spaces become no-break spaces, not '?'", () => {
    expect(toWinAnsi("1\u202f412 irritants\u00a0: −2")).toBe("1\u00a0412 irritants\u00a0: -2");
  });

  it("keeps Spanish and German letters and the margin sign, drops trend arrows, marks the rest", () => {
    expect(toWinAnsi("Línea · Größe ±6,3 ▲ +4 €")).toBe("Línea · Größe ±6,3 +4 €");
    expect(toWinAnsi("漢字")).toBe("??");
  });
});
