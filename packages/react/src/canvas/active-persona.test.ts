import { createJourneyMap, createPersona } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { activePersonaId } from "./active-persona.js";

const map = createJourneyMap();
const claire = map.personas[0]!;
const omar = createPersona({ name: "Omar" });
map.personas.push(omar);
const base = { map, selection: null, focusedPersonaId: null, hiddenPersonaIds: [] };

describe("activePersonaId", () => {
  it("is the focused persona, else the selected one, else the first shown", () => {
    expect(activePersonaId(base)).toBe(claire.id);
    expect(activePersonaId({ ...base, selection: { kind: "persona", id: omar.id } })).toBe(omar.id);
    expect(
      activePersonaId({
        ...base,
        selection: { kind: "persona", id: claire.id },
        focusedPersonaId: omar.id,
      }),
    ).toBe(omar.id);
  });

  it("skips hidden personas, and is null when every curve is hidden", () => {
    expect(activePersonaId({ ...base, hiddenPersonaIds: [claire.id] })).toBe(omar.id);
    expect(activePersonaId({ ...base, focusedPersonaId: omar.id, hiddenPersonaIds: [omar.id] })).toBe(
      claire.id,
    );
    expect(activePersonaId({ ...base, hiddenPersonaIds: [claire.id, omar.id] })).toBeNull();
  });
});
