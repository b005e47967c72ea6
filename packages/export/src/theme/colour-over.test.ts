import { describe, expect, it } from "vitest";
import { colourOver } from "./colour-over.js";

describe("colourOver", () => {
  it("mixes a transparent colour into what is under it", () => {
    expect(colourOver("#00000014", "#fff4b8")).toBe("#ebe1aa");
    expect(colourOver("#ffffff1a", "#4a4420")).toBe("#5c5737");
    expect(colourOver("#ff000080", "#0000ff")).toBe("#80007f");
  });

  it("keeps an opaque colour and one it cannot read as they are", () => {
    expect(colourOver("#e3e7ee", "#fff4b8")).toBe("#e3e7ee");
    expect(colourOver("#abc", "#fff")).toBe("#abc");
    expect(colourOver("rgba(0,0,0,.1)", "#fff")).toBe("rgba(0,0,0,.1)");
  });
});
