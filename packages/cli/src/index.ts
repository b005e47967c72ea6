// @journeykit/cli: the Node-only part of journeykit. The `journeykit` command is dist/cli.js (bin).
export { type RenderPngOptions, renderPng } from "./render-png.js";
