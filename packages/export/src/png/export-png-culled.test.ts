// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { exportPng } from "./export-png.js";

/** An editor root whose canvas draws only what is in view, as `@journeykit/react` does on big maps. */
function culledEditor(): HTMLElement {
  const root = document.createElement("section");
  const canvas = document.createElement("div");
  canvas.className = "jk-canvas";
  canvas.setAttribute("data-culled", "");
  root.append(canvas);
  return root;
}

describe("exportPng of an editor that draws only what is in view", () => {
  it("refuses, saying what to pass, instead of a PNG missing most of the map", async () => {
    await expect(exportPng(culledEditor())).rejects.toThrow(
      "exportPng: this map is large, so the editor draws only what is in view; pass `map` to export all of it",
    );
  });
});
