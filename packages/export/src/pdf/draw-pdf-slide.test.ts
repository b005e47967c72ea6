import { getTemplate } from "@journeykit/core";
import { jsPDF } from "jspdf";
import { describe, expect, it } from "vitest";
import { buildSlides } from "../slides/build-slides.js";
import { drawPdfSlide } from "./draw-pdf-slide.js";
import { toWinAnsi } from "./pdf-fonts.js";

describe("drawPdfSlide", () => {
  it("strokes a path with its curves and dash, and draws text without control characters", () => {
    const deck = buildSlides(getTemplate("gym-onboarding")!.create());
    const doc = new jsPDF({ unit: "pt", format: [deck.width, deck.height], compress: false });
    drawPdfSlide(
      doc,
      deck,
      {
        kind: "stages",
        title: "t",
        notes: "",
        items: [
          {
            type: "path",
            name: "Curve",
            commands: [
              { op: "M", x: 10, y: 20 },
              { op: "C", x1: 20, y1: 20, x2: 30, y2: 10, x: 40, y: 10 },
            ],
            color: "#e15759",
            width: 2.5,
            dash: [7, 5],
          },
          {
            type: "text",
            name: "Card",
            x: 0,
            y: 100,
            w: 200,
            h: 30,
            padding: 4,
            paragraphs: [{ text: "Soft\u000bline\u0000 break", size: 12, color: "#111111" }],
          },
        ],
      },
      { family: "helvetica", styles: new Set(["normal", "bold"]), clean: toWinAnsi },
    );
    const pdf = doc.output();
    expect(pdf).toMatch(/\[7\.? 5\.?\] 0\.? d\n/);
    expect(pdf).toMatch(/ c\n/);
    expect(pdf).toContain("(Soft line break) Tj");
    expect(pdf).not.toContain("\u000b");
    expect(pdf).not.toContain("\u0000");
  });
});
