// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { isExported } from "./editor-chrome.js";

const element = (html: string) => {
  const host = document.createElement("div");
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe("isExported", () => {
  it("leaves out the editor's own controls, HTML and SVG alike", () => {
    expect(isExported(element('<button class="jk-legend-focus">◎</button>'))).toBe(false);
    expect(isExported(element('<div class="jk-vote"></div>'))).toBe(false);
    expect(
      isExported(element('<svg><g class="jk-point-add"><circle r="9"/></g></svg>').firstElementChild!),
    ).toBe(false);
    expect(isExported(element('<div class="react-flow__minimap"></div>'))).toBe(false);
  });

  it("keeps the map, text nodes, and asks the host's filter about HTML", () => {
    expect(isExported(element('<div class="jk-card">Cold soup</div>'))).toBe(true);
    expect(isExported(element('<svg><path class="jk-curve-line"/></svg>').firstElementChild!)).toBe(true);
    expect(isExported(document.createTextNode("text"))).toBe(true);
    const hidden = element('<div class="secret"></div>');
    expect(isExported(hidden, (node) => !node.classList.contains("secret"))).toBe(false);
  });
});
