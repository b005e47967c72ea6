// @journeykit/export/node: exporters that need Node (native PNG rendering, files).
export { type RenderPngOptions, renderPng } from "./png/render-png.js";
