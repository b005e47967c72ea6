import { isWellFormedText, type JourneyMap, toWellFormedText } from "@journeykit/core";
import { toCanvas } from "html-to-image";
import { type ExportLanguageOptions, withLanguage } from "../i18n/export-catalogue.js";
import { renderSlideSvg } from "../svg/render-slide-svg.js";
import { renderSvg } from "../svg/render-svg.js";
import { isExported } from "./editor-chrome.js";
import { assertPngFits } from "./pixel-budget.js";
import { embedMapInPng } from "./png-metadata.js";
import { fitIntoSlide, SLIDE_PRESETS, SLIDE_TITLE_HEIGHT, type SlidePreset } from "./slide-presets.js";

/**
 * Options of `exportPng`. `locale` (and a host's own `messages`) is the language of what is drawn
 * from the model (`source: "model"`, a deck's slide); a capture of the live editor shows the editor's
 * own words.
 */
export interface ExportPngOptions extends ExportLanguageOptions {
  /** Device pixels per CSS pixel (default 2). */
  pixelRatio?: number;
  /** Fit the map into a slide frame (16:9, 4:3, A4) with a title bar. */
  preset?: SlidePreset;
  /** Background colour (default the editor's canvas colour, else white). */
  background?: string;
  /** Embed this map in the PNG, so the file opens again as an editable map. */
  map?: JourneyMap;
  /**
   * The title drawn above the map: in the preset's title bar, or in a bar above the whole map
   * (default the map's title; "" for none).
   */
  title?: string;
  onProgress?: (fraction: number) => void;
  /** Leave out elements (return false). */
  filter?: (node: HTMLElement) => boolean;
  /**
   * What to draw: `"dom"` (default) captures the live editor with html-to-image; `"model"` draws
   * `renderSvg(map)` (the same layout, from the model) and is many times faster on large maps
   * (1,000 cards: well under a second instead of ~12 s). `"model"` needs `map`.
   */
  source?: "dom" | "model";
  /** With `source: "model"`: the SVG theme (default light). */
  theme?: "light" | "dark";
  /**
   * With `preset` and `map`: draw this slide (from 1) of the deck `toPptx` and `toPdf` make
   * (`buildSlides`: titled, fitted, nothing under 10 pt) instead of fitting the editor into the
   * frame. `source: "model"` with a preset draws slide 1 (the overview) unless another is given.
   */
  slide?: number;
}

const PADDING = 32;
/** Height of the title bar above a whole-map PNG, in CSS pixels. */
const MAP_TITLE_HEIGHT = 64;

/**
 * For the time of a capture, the live DOM under `root` without lone surrogates (in text, attributes
 * and form values): html-to-image serializes the clone and calls `encodeURIComponent`, which throws
 * "URI malformed" on them. Returns the undo, which restores only what nobody changed meanwhile.
 */
function wellFormedDuringCapture(root: HTMLElement): () => void {
  const undo: (() => void)[] = [];
  const fix = (read: () => string, write: (value: string) => void) => {
    const before = read();
    if (isWellFormedText(before)) return;
    const after = toWellFormedText(before);
    write(after);
    undo.push(() => {
      if (read() === after) write(before);
    });
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node instanceof Text) {
      const text = node;
      fix(
        () => text.data,
        (value) => {
          text.data = value;
        },
      );
    } else if (node instanceof Element) {
      for (const attr of Array.from(node.attributes))
        fix(
          () => attr.value,
          (value) => {
            attr.value = value;
          },
        );
      if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) {
        const field = node;
        fix(
          () => field.value,
          (value) => {
            field.value = value;
          },
        );
      }
    }
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}

/** The bounds of everything drawn on the canvas, from the nodes' own positions (pan and zoom do not matter). */
function contentBounds(viewport: HTMLElement) {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const node of viewport.querySelectorAll<HTMLElement>(".react-flow__node")) {
    const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(node.style.transform);
    if (!match) continue;
    const x = Number(match[1]);
    const y = Number(match[2]);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + node.offsetWidth);
    maxY = Math.max(maxY, y + node.offsetHeight);
  }
  if (!Number.isFinite(minX))
    return { x: 0, y: 0, width: viewport.scrollWidth || 1, height: viewport.scrollHeight || 1 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Draw an SVG string onto a new canvas at a pixel ratio, over a background colour. */
async function svgToCanvas(svg: string, width: number, height: number, ratio: number, background: string) {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("The browser could not create a canvas for the PNG");
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** html-to-image's `toCanvas`, with lone surrogates replaced in the DOM for the time of the capture. */
async function captureWellFormed(node: HTMLElement, options: Parameters<typeof toCanvas>[1]) {
  const restore = wellFormedDuringCapture(node);
  try {
    return await toCanvas(node, options);
  } finally {
    restore();
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The browser could not encode the PNG"))),
      "image/png",
    ),
  );
}

/**
 * A PNG of the whole map from the live editor (via html-to-image), independent of pan and zoom: the
 * React Flow viewport is rendered at the content's size. Slide presets fit the map into a frame
 * with a title bar. Web fonts are embedded; the map JSON travels in the PNG (see `fromPng`). A size
 * beyond the browser's canvas limits is a `PngSizeError` naming the largest pixel ratio that works.
 *
 * @example
 * const blob = await exportPng(editorRef.current.getElement()!, { preset: "16:9", map });
 */
export async function exportPng(element: HTMLElement, options: ExportPngOptions = {}): Promise<Blob> {
  const report = options.onProgress ?? (() => {});
  const pixelRatio = options.pixelRatio ?? 2;
  report(0);
  await document.fonts?.ready;
  const viewport = element.querySelector<HTMLElement>(".react-flow__viewport") ?? element;
  if (options.source === "model" && !options.map) throw new Error('exportPng: source "model" needs the map');
  // On a big map the editor draws only what is in view (`data-culled` on its canvas): a capture of the
  // live element would miss the rest, so the map is drawn from the model instead, or refused.
  if (options.source !== "model" && element.querySelector(".jk-canvas[data-culled]")) {
    if (!options.map) {
      throw new Error(
        "exportPng: this map is large, so the editor draws only what is in view; pass `map` to export all of it",
      );
    }
    return exportPng(element, { ...options, source: "model" });
  }
  if (options.preset && options.map && (options.slide !== undefined || options.source === "model"))
    return exportSlidePng(
      element,
      options.map,
      options.preset,
      await withLanguage(options),
      pixelRatio,
      report,
    );
  const language = options.source === "model" ? await withLanguage(options) : options;
  const svg =
    options.source === "model" && options.map
      ? renderSvg(options.map, {
          title: false,
          theme: options.theme ?? "light",
          locale: language.locale,
          messages: language.messages,
        })
      : undefined;
  const svgSize = svg ? /width="([\d.]+)" height="([\d.]+)"/.exec(svg) : null;
  const bounds = svgSize
    ? { x: 0, y: 0, width: Number(svgSize[1]), height: Number(svgSize[2]) }
    : contentBounds(viewport);
  const pad = svg ? 0 : PADDING;
  const width = Math.ceil(bounds.width + 2 * pad);
  const height = Math.ceil(bounds.height + 2 * pad);
  const frame = options.preset ? fitIntoSlide(options.preset, { width, height }) : undefined;
  // The map is drawn at the ratio the final image needs: the frame's ratio times its fit scale.
  const drawRatio = frame ? pixelRatio * Math.min(frame.scale, 1) : pixelRatio;
  const outWidth = Math.round((frame ? frame.frame.width : width) * pixelRatio);
  const outHeight = Math.round((frame ? frame.frame.height : height) * pixelRatio);
  const title = toWellFormedText(options.title ?? options.map?.title ?? "").trim();
  // The whole map gets a title bar of its own (a slide preset has one in its frame).
  const titleBar = !frame && title ? MAP_TITLE_HEIGHT : 0;
  assertPngFits(
    frame ? frame.frame.width : width,
    frame ? frame.frame.height : height + titleBar,
    pixelRatio,
    "browser",
  );
  const root = element.closest<HTMLElement>(".jk-root") ?? element;
  const background =
    options.background ??
    (getComputedStyle(root).getPropertyValue("--jk-canvas").trim() ||
      getComputedStyle(root).backgroundColor ||
      "#ffffff");
  report(0.1);
  const drawn = svg
    ? await svgToCanvas(svg, width, height, Math.max(drawRatio, 0.1), background)
    : await captureWellFormed(viewport, {
        width,
        height,
        pixelRatio: Math.max(drawRatio, 0.1),
        backgroundColor: background,
        cacheBust: false,
        style: {
          width: `${width}px`,
          height: `${height}px`,
          transform: `translate(${pad - bounds.x}px, ${pad - bounds.y}px) scale(1)`,
        },
        filter: (node) => isExported(node, options.filter),
      });
  report(0.8);
  let canvas = drawn;
  if (frame) {
    canvas = document.createElement("canvas");
    canvas.width = outWidth;
    canvas.height = outHeight;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("The browser could not create a canvas for the slide");
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, outWidth, outHeight);
    const text = getComputedStyle(root).getPropertyValue("--jk-text").trim() || "#1d2330";
    ctx.fillStyle = text;
    ctx.font = `700 ${34 * pixelRatio}px ${getComputedStyle(root).fontFamily || "sans-serif"}`;
    ctx.fillText(title, frame.titleX * pixelRatio, (SLIDE_TITLE_HEIGHT / 2 + 12) * pixelRatio);
    ctx.drawImage(
      drawn,
      frame.x * pixelRatio,
      frame.y * pixelRatio,
      width * frame.scale * pixelRatio,
      height * frame.scale * pixelRatio,
    );
  }
  if (titleBar > 0) {
    canvas = document.createElement("canvas");
    canvas.width = drawn.width;
    canvas.height = drawn.height + Math.round(titleBar * pixelRatio);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("The browser could not create a canvas for the map");
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = getComputedStyle(root).getPropertyValue("--jk-text").trim() || "#1d2330";
    ctx.font = `700 ${26 * pixelRatio}px ${getComputedStyle(root).fontFamily || "sans-serif"}`;
    ctx.fillText(
      title,
      PADDING * pixelRatio,
      (titleBar / 2 + 10) * pixelRatio,
      canvas.width - 2 * PADDING * pixelRatio,
    );
    ctx.drawImage(drawn, 0, Math.round(titleBar * pixelRatio));
  }
  report(0.9);
  const blob = await toBlob(canvas);
  const result = options.map
    ? new Blob([embedMapInPng(new Uint8Array(await blob.arrayBuffer()), options.map)], {
        type: "image/png",
      })
    : blob;
  report(1);
  return result;
}

/** One slide of the deck as a PNG at the preset's size times `pixelRatio`, carrying the map. */
async function exportSlidePng(
  element: HTMLElement,
  map: JourneyMap,
  preset: SlidePreset,
  options: ExportPngOptions,
  pixelRatio: number,
  report: (fraction: number) => void,
): Promise<Blob> {
  const frame = SLIDE_PRESETS[preset];
  assertPngFits(frame.width, frame.height, pixelRatio, "browser");
  const root = element.closest<HTMLElement>(".jk-root") ?? element;
  const svg = renderSlideSvg(map, {
    preset,
    slide: options.slide ?? 1,
    theme: options.theme ?? "light",
    locale: options.locale,
    messages: options.messages,
    ...(options.background ? { background: options.background } : {}),
    fontFamily: getComputedStyle(root).fontFamily || SVG_FALLBACK_FONT,
  });
  report(0.3);
  const canvas = await svgToCanvas(
    svg,
    frame.width,
    frame.height,
    pixelRatio,
    options.background ?? "#ffffff",
  );
  report(0.8);
  const blob = await toBlob(canvas);
  const result = new Blob([embedMapInPng(new Uint8Array(await blob.arrayBuffer()), map)], {
    type: "image/png",
  });
  report(1);
  return result;
}

const SVG_FALLBACK_FONT = "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";
