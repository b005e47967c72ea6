import type PptxGenJS from "pptxgenjs";
import type { SlideChart } from "../slides/slide-model.js";
import { POINTS_PER_INCH, PPTX_FONT, pptColor, pptText } from "./pptx-geometry.js";

const inch = (pt: number) => pt / POINTS_PER_INCH;

/** The emotion curve as a native line chart: its data stays editable in PowerPoint. */
export function addPptxChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, item: SlideChart) {
  const many = item.categories.length > 8;
  slide.addChart(
    pptx.ChartType.line,
    item.series.map((s) => ({
      name: pptText(s.name),
      labels: item.categories.map((c, i) => pptText(many ? String(i + 1) : c)),
      values: s.values.map((v) => (v === null ? Number.NaN : v)),
    })),
    {
      x: inch(item.x),
      y: inch(item.y),
      w: inch(item.w),
      h: inch(item.h),
      objectName: pptText(item.name),
      chartColors: item.series.map((s) => pptColor(s.color)),
      lineSize: 2.5,
      lineDataSymbol: "circle",
      lineDataSymbolSize: 8,
      displayBlanksAs: "gap",
      showTitle: true,
      title: pptText(item.title),
      titleFontSize: 12,
      titleFontFace: PPTX_FONT,
      showLegend: true,
      legendPos: "t",
      legendFontSize: 12,
      legendFontFace: PPTX_FONT,
      catAxisLabelFontSize: 11,
      catAxisLabelFontFace: PPTX_FONT,
      valAxisLabelFontSize: 11,
      valAxisLabelFontFace: PPTX_FONT,
      valAxisMinVal: item.min,
      valAxisMaxVal: item.max,
      valAxisMajorUnit: 1,
      valAxisLabelFormatCode: "+0;−0;0",
      catAxisLabelPos: "low",
    },
  );
}
