import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { flatStagesToNormalized } from "./0001-flat-stages-to-normalized.js";

// Today's defaults, changed: a migration that still read them would write a different version 1.
vi.mock("../records/lane.js", async (original) => ({
  ...(await original<typeof import("../records/lane.js")>()),
  LANE_KIND_TITLES: new Proxy({}, { get: () => "Renamed today" }),
}));
vi.mock("../records/persona.js", async (original) => ({
  ...(await original<typeof import("../records/persona.js")>()),
  PERSONA_COLORS: ["#000000"],
}));
vi.mock("../records/touchpoint.js", async (original) => ({
  ...(await original<typeof import("../records/touchpoint.js")>()),
  CHANNELS: ["web"],
}));

const fixtures = new URL("../../test/fixtures/", import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, fixtures), "utf8"));

describe("0001-flat-stages-to-normalized is frozen at version 1", () => {
  for (const name of ["bank-account-opening", "coffee-loyalty-extras"]) {
    it(`turns v0/${name}.json into the same version 1 document, whatever today's defaults are`, () => {
      const result = flatStagesToNormalized.up(read(`v0/${name}.json`));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect({
        doc: result.doc,
        warnings: result.warnings,
        origins: Object.fromEntries(result.origins ?? []),
      }).toEqual(read(`0001-output/${name}.json`));
    });
  }
});
