import JSZip from "jszip";
import PptxGenJS from "pptxgenjs";
import { describe, expect, it } from "vitest";
import type { SlideItem } from "../slides/slide-model.js";
import { addSlideItems } from "./add-slide-items.js";

/** The first slide's XML of a deck holding `items`. */
async function slideXml(items: SlideItem[]): Promise<string> {
  const pptx = new PptxGenJS();
  addSlideItems(pptx, pptx.addSlide(), items);
  const bytes = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return (await JSZip.loadAsync(bytes)).file("ppt/slides/slide1.xml")!.async("string");
}

describe("addSlideItems", () => {
  it("draws a path as a freeform whose cubic curves stay curves, in its colour and dash", async () => {
    const xml = await slideXml([
      {
        type: "path",
        name: "Claire measured",
        commands: [
          { op: "M", x: 72, y: 144 },
          { op: "C", x1: 108, y1: 144, x2: 108, y2: 72, x: 144, y: 72 },
          { op: "C", x1: 180, y1: 72, x2: 180, y2: 144, x: 216, y: 144 },
        ],
        color: "#E15759",
        width: 2.5,
        dash: [7, 5],
      },
    ]);
    expect(xml).toContain("<a:custGeom>");
    expect(xml.match(/<a:cubicBezTo>/g)).toHaveLength(2);
    expect(xml).toContain('name="Claire measured"');
    // The box starts at the leftmost, topmost point (1 in, 1 in) and is 2 in wide, 1 in tall.
    expect(xml).toMatch(/<a:off x="914400" y="914400"\/><a:ext cx="1828800" cy="914400"\/>/);
    expect(xml).toMatch(/<a:moveTo><a:pt x="0" y="914400"/);
    expect(xml).toContain('<a:srgbClr val="E15759"/>');
    expect(xml).toContain('<a:prstDash val="dash"/>');
  });

  it("dashes a line short or long as its pattern says, and rounds a box by its radius", async () => {
    const line = {
      type: "line",
      name: "Level",
      x1: 0,
      y1: 72,
      x2: 144,
      y2: 72,
      color: "#cccccc",
      width: 1,
    } as const;
    const xml = await slideXml([
      { ...line, dash: [3, 4] },
      { ...line, name: "Blueprint", dash: true },
      {
        type: "shape",
        name: "Chip",
        shape: "roundRect",
        x: 0,
        y: 0,
        w: 72,
        h: 22,
        radius: 11,
        fill: "#e8eefe",
      },
    ]);
    expect(xml).toContain('<a:prstDash val="sysDash"/>');
    expect(xml).toContain('<a:prstDash val="dash"/>');
    // 11 pt on a 22 pt tall box: the adjust value of a pill (half its height).
    expect(xml).toContain('<a:gd name="adj" fmla="val 50000"/>');
  });
});
