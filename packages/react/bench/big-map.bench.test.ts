import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Browser, Page } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, it } from "vitest";
import { launchChromium } from "../../../e2e/chromium.js";
import { sourceConditions } from "../../../vitest.shared.js";
import { generateMap } from "../../core/bench/generate-map.js";
import { readableViewport } from "../src/canvas/readable-viewport.js";

// Issue 12, "Every edit instant on big maps": what a person waits for on a 1,000 / 5,000 / 10,000-card
// map, <JourneyMapEditor> against bare <ReactFlow> drawing the same card boxes (from layoutJourneyMap)
// in the same page, at the same place and viewport, with and without onlyRenderVisibleElements.
// Every time runs from the input event (navigation start, pointerup, keydown, click) to the painted frame
// in which the change is on screen. Issue 26 added the paths a workshop uses all the time: the minimap
// button (click → minimap and canvas painted), Enter with the minimap open, the fit button (click →
// viewport settled with the cards or overview cells drawn) and a pan at that fit; the bare typing
// baseline edits one node with React Flow's documented `updateNodeData`. Figures are printed, never asserted; a page error or a missing
// measurement fails the run, a slow one is printed as "timed out after N s".
//
// JK_BENCH_SIZES=1000,5000 JK_BENCH_RUNS=2 shorten it; JK_BENCH_TIMEOUT (s, default 15) bounds a page load
// and each measure.

const here = fileURLToPath(new URL(".", import.meta.url));
const SIZES = (process.env.JK_BENCH_SIZES ?? "1000,5000,10000").split(",").map(Number);
const RUNS = Number(process.env.JK_BENCH_RUNS ?? 5);
const TIMEOUT_S = Number(process.env.JK_BENCH_TIMEOUT ?? 15);
/** JK_BENCH_PROFILE=<dir>: CPU profiles of journeykit's Enter, drop and pan steps, as <cards>-<step>.cpuprofile. */
const PROFILE_DIR = process.env.JK_BENCH_PROFILE;
const MODES = ["journeykit", "bare", "bare-vis"] as const;
type Mode = (typeof MODES)[number];
const MEASURES = [
  "render",
  "loaded",
  "drop",
  "type",
  "enter",
  "panMedian",
  "panP95",
  "minimap",
  "enterMinimap",
  "fit",
  "fitPanMedian",
  "dom",
  "heap",
] as const;
type Measure = (typeof MEASURES)[number];
/** A figure, or why there is none: the page did not answer in time, or an earlier step timed out. */
type Figure = number | "timeout" | "skipped";
type PageResult = Record<Measure, Figure> & { canvas?: Canvas };
const notMeasured = (): PageResult =>
  Object.fromEntries(MEASURES.map((k) => [k, "skipped"])) as unknown as PageResult;

type InputEvent = "keydown" | "pointerup" | "click";
type Rect = { left: number; top: number; width: number; height: number };
type Viewport = { x: number; y: number; zoom: number };
type Canvas = { rect: Rect; viewport: Viewport };
type Layout = {
  boxes: [string, number, number, number, number][];
  stages: { id: string; x: number; width: number }[];
};
interface Bench {
  ready: Promise<number>;
  canvas(): Canvas;
  arm(event: InputEvent, expect: unknown): void;
  measured(): Promise<number> | null;
  startFrames(): void;
  stopFrames(): number[];
  memory(): Promise<{ dom: number; heap: number }>;
  panPoint(): { x: number; y: number } | null;
}
declare global {
  interface Window {
    bench: Bench;
  }
}

class TimedOut extends Error {}
/** The page's answer, or TimedOut after TIMEOUT_S (the page may be stuck in a long task). */
async function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), TIMEOUT_S * 1000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** e2e's Chromium, plus `window.gc()` and unrounded `performance.memory`. */
function launch(): Promise<Browser> {
  return launchChromium(["--js-flags=--expose-gc", "--enable-precise-memory-info"]);
}

describe("big maps in headless Chromium: journeykit vs bare React Flow (figures, not assertions)", () => {
  // Built inside the repository (node_modules is ignored by git), never outside it.
  const cache = join(here, "..", "node_modules", ".cache");
  const root = join(here, "page");
  let outDir = "";
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let url = "";
  /** Where the editor's canvas sits on the page (the same at every size), once an editor run showed it. */
  let editorRect: Rect | undefined;
  const output: string[] = [];
  const started = Date.now();

  beforeAll(async () => {
    mkdirSync(cache, { recursive: true });
    outDir = mkdtempSync(join(cache, "big-map-bench-"));
    // A production build, as users get: under vitest NODE_ENV is "test", which would bundle React's
    // development build and JSX dev runtime (slower, and unevenly so: more components, more checks).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({
        ...sourceConditions,
        root,
        mode: "production",
        logLevel: "error",
        plugins: [react()],
        // Readable function names in the CPU profiles.
        build: {
          outDir,
          emptyOutDir: true,
          minify: !PROFILE_DIR,
          rollupOptions: { input: join(root, "big-map.html") },
        },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    server = await preview({
      root,
      logLevel: "error",
      build: { outDir },
      preview: { host: "127.0.0.1", port: 0 },
    });
    url = `${server.resolvedUrls!.local[0]!}big-map.html`;
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    console.log(
      `\n${output.join("\n")}\nbig-map bench: ${((Date.now() - started) / 1000).toFixed(0)} s in all`,
    );
  });

  for (const size of SIZES) {
    it(`prints first render, drop, typing, Enter, pan frames, DOM and heap at ${size} cards`, async () => {
      const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: Math.max(1, Math.round(size / 200)) });
      const layout = await layoutOf(browser!, url, map);
      const figures = Object.fromEntries(
        MODES.map((m) => [m, Object.fromEntries(MEASURES.map((k) => [k, [] as Figure[]]))]),
      ) as Record<Mode, Record<Measure, Figure[]>>;
      let canvas: Canvas | undefined;
      let estimated = false;
      const timeouts: Record<Mode, number> = { journeykit: 0, bare: 0, "bare-vis": 0 };
      for (let run = 0; run < RUNS; run++) {
        for (const mode of MODES) {
          if (mode !== "journeykit" && !canvas) {
            canvas = estimatedCanvas(layout, editorRect);
            estimated = true;
          }
          // Two pages of a mode that time out are enough: the rest would only add minutes.
          const result =
            timeouts[mode] >= 2
              ? notMeasured()
              : await runPage(browser!, url, mode, { map, boxes: layout.boxes, canvas }, layout);
          if (MEASURES.some((k) => result[k] === "timeout")) timeouts[mode]++;
          if (mode === "journeykit" && result.canvas && !canvas) {
            canvas = result.canvas;
            editorRect = result.canvas.rect;
          }
          for (const k of MEASURES) figures[mode][k].push(result[k]);
        }
      }
      output.push(table(size, map.cards.length, figures, estimated));
      console.log(output.at(-1));
    }, 1_200_000); // Each size has its own budget: with today's editor a 10,000-card page can take minutes.
  }
});

/** The card boxes and stage columns the editor's canvas draws (layoutJourneyMap, canvas text measurer). */
async function layoutOf(browser: Browser, url: string, map: unknown): Promise<Layout> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(`window.benchInput = ${JSON.stringify({ map, boxes: [] })};`);
    const page = await context.newPage();
    await page.goto(`${url}?mode=layout`);
    const layout = await page.waitForFunction(
      () => (window as unknown as { benchLayout?: Layout }).benchLayout,
    );
    return (await layout.jsonValue()) as Layout;
  } finally {
    await context.close();
  }
}

/** When no editor run reached its first frame: the editor's readable fit, computed for a 1600 x 1000 page. */
function estimatedCanvas(layout: Layout, known: Rect | undefined): Canvas {
  const rect = known ?? { left: 0, top: 100, width: 1240, height: 900 };
  const right = Math.max(
    ...layout.boxes.map(([, x, , w]) => x + w),
    ...layout.stages.map((s) => s.x + s.width),
  );
  const bottom = Math.max(...layout.boxes.map(([, , y, , h]) => y + h));
  return { rect, viewport: readableViewport({ x: 0, y: 0, width: right, height: bottom }, rect, 13) };
}

/** One fresh page of `mode`: first render, memory, typing, Enter, a dropped drag, a pan. */
async function runPage(
  browser: Browser,
  url: string,
  mode: Mode,
  input: { map: unknown; boxes: Layout["boxes"]; canvas: Canvas | undefined },
  layout: Layout,
): Promise<PageResult> {
  const result = notMeasured();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const errors: string[] = [];
  const check = (step: string) => {
    if (errors.length > 0) throw new Error(`${mode} page, ${step}: ${errors.join("; ")}`);
  };
  let step: Measure = "render";
  try {
    await context.addInitScript(`window.benchInput = ${JSON.stringify(input)};`);
    const page = await context.newPage();
    const profiled = PROFILE_DIR && mode === "journeykit" ? await context.newCDPSession(page) : undefined;
    const cards = (input.map as { cards: unknown[] }).cards.length;
    /** Runs `work` under the CPU profiler (with JK_BENCH_PROFILE) and writes the profile. */
    const profile = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      if (!profiled || !PROFILE_DIR) return work();
      await profiled.send("Profiler.enable");
      await profiled.send("Profiler.setSamplingInterval", { interval: 200 });
      await profiled.send("Profiler.start");
      try {
        return await work();
      } finally {
        const { profile: taken } = await profiled.send("Profiler.stop");
        mkdirSync(PROFILE_DIR, { recursive: true });
        writeFileSync(join(PROFILE_DIR, `${cards}-${name}.cpuprofile`), JSON.stringify(taken));
      }
    };
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("crash", () => errors.push("the page crashed"));
    await page.goto(`${url}?mode=${mode}`, { waitUntil: "commit" });
    // A page that has not started its script in time (a loaded machine) counts as timed out.
    await within(page.waitForFunction(() => window.bench, undefined, { timeout: 0 }));
    result.render = await within(page.evaluate(() => window.bench.ready));
    check("first render");
    result.loaded = await page.evaluate(
      () => performance.getEntriesByType("navigation")[0]?.toJSON().domContentLoadedEventEnd as number,
    );
    if (mode === "journeykit") result.canvas = await page.evaluate(() => window.bench.canvas());
    // Let the first frames settle (the minimap, late effects) before measuring edits.
    await page.waitForTimeout(500);

    step = "dom";
    const memory = await within(page.evaluate(() => window.bench.memory()));
    result.dom = memory.dom;
    result.heap = memory.heap / 2 ** 20;

    // Typing into card c0-0-0, then Enter (bare: the node's label grows through updateNodeData).
    const target = "c0-0-0";
    step = "type";
    const edit = await editCard(page, mode, target);
    result.type = median(edit.keys);
    check("typing");
    step = "enter";
    result.enter = await profile("enter", edit.enter);
    check("Enter");

    // Drag card c0-0-1 into the next stage's cell of its lane, and drop it.
    step = "drop";
    const dragged = "c0-0-1";
    const node = page.locator(
      mode === "journeykit" ? `[data-card-id="${dragged}"]` : `.react-flow__node[data-id="${dragged}"]`,
    );
    const box = await node.boundingBox({ timeout: TIMEOUT_S * 1000 });
    const view = await page.evaluate(() => window.bench.canvas());
    if (!box) throw new Error(`${mode}: card ${dragged} is not on screen`);
    const [from, to] = [layout.stages[0]!, layout.stages[1]!];
    const columnLeft = view.rect.left + view.viewport.x + to.x * view.viewport.zoom;
    const columnRight = columnLeft + to.width * view.viewport.zoom;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Off the cell's slot grid by a few px, so the editor's snap into a slot is a visible change.
    const end = { x: start.x + (to.x - from.x) * view.viewport.zoom + 37, y: start.y + 11 };
    if (end.x > view.rect.left + view.rect.width)
      throw new Error(`${mode}: the drop point is off the canvas`);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(start.x + ((end.x - start.x) * i) / 12, start.y + ((end.y - start.y) * i) / 12);
      await page.waitForTimeout(16);
    }
    result.drop = await profile("drop", () =>
      measure(page, "pointerup", { kind: "drop", id: dragged, columnLeft, columnRight }, () =>
        page.mouse.up(),
      ),
    );
    check("drop");

    // The minimap button, then another edit of c0-0-0 with the minimap open; the button again hides it.
    step = "minimap";
    await page.waitForTimeout(300);
    result.minimap = await measure(page, "click", { kind: "minimap" }, () =>
      page.locator(".jk-minimap-toggle").click({ timeout: TIMEOUT_S * 1000 }),
    );
    check("minimap");
    // Keys go to the card (journeykit) or the page (bare), not to the button just clicked.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    step = "enterMinimap";
    await page.waitForTimeout(300);
    const again = await editCard(page, mode, target);
    result.enterMinimap = await profile("enter-minimap", again.enter);
    check("Enter with the minimap");
    await page.locator(".jk-minimap-toggle").click({ timeout: TIMEOUT_S * 1000 });
    await within(page.waitForFunction(() => !document.querySelector(".react-flow__minimap")));

    // Pan: a mouse drag on the pane for about a second, frame intervals from requestAnimationFrame.
    step = "panMedian";
    await page.waitForTimeout(300);
    const frames = await profile("pan", () => panFrames(page, mode));
    result.panMedian = median(frames);
    result.panP95 = percentile(frames, 0.95);
    check("pan");

    // The fit button (the whole map), then a pan at that zoom.
    step = "fit";
    const fitFrom = (await page.evaluate(() => window.bench.canvas())).viewport;
    result.fit = await profile("fit", () =>
      measure(page, "click", { kind: "fit", from: fitFrom }, () =>
        page.locator(".react-flow__controls-fitview").click({ timeout: TIMEOUT_S * 1000 }),
      ),
    );
    check("fit");
    step = "fitPanMedian";
    await page.waitForTimeout(300);
    result.fitPanMedian = median(await profile("fit-pan", () => panFrames(page, mode)));
    check("pan at fit");
  } catch (error) {
    // Ours, or Playwright's (an input the page did not take in time: it is stuck in a long task).
    if (!(error instanceof TimedOut) && !(error instanceof Error && error.name === "TimeoutError"))
      throw error;
    result[step] = "timeout";
    if (step === "panMedian") result.panP95 = "timeout";
    if (step === "dom") result.heap = "timeout";
  } finally {
    await context.close();
  }
  return result;
}

/**
 * Opens card `id` for editing (bare: names it the page's edit target) and types "abc", each key timed;
 * `enter` then commits it, timed (bare: the label gains " ✓").
 */
async function editCard(page: Page, mode: Mode, id: string) {
  const typed = "abc";
  if (mode === "journeykit") {
    await page.locator(`[data-card-id="${id}"]`).dblclick({ timeout: TIMEOUT_S * 1000 });
    await page.locator(`[data-card-id="${id}"] textarea:focus`).waitFor({ timeout: TIMEOUT_S * 1000 });
  } else await page.evaluate((target) => Object.assign(window, { benchEditId: target }), id);
  const keys: number[] = [];
  for (let i = 0; i < typed.length; i++) {
    const text = typed.slice(0, i + 1);
    keys.push(
      await measure(page, "keydown", { kind: "text", id, text, committed: false }, () =>
        page.keyboard.press(typed[i]!),
      ),
    );
  }
  const committed = mode === "journeykit" ? typed : `${typed} ✓`;
  const enter = async () => {
    const ms = await measure(page, "keydown", { kind: "text", id, text: committed, committed: true }, () =>
      page.keyboard.press("Enter"),
    );
    await page.evaluate(() => Object.assign(window, { benchEditId: undefined }));
    return ms;
  };
  return { keys, enter };
}

/** A mouse drag on the pane for about a second: the frame intervals (requestAnimationFrame) it took. */
async function panFrames(page: Page, mode: Mode): Promise<number[]> {
  const point = await page.evaluate(() => window.bench.panPoint());
  if (!point) throw new Error(`${mode}: no point on the canvas pans (every point is a card or header)`);
  await page.mouse.move(point.x, point.y);
  const before = (await page.evaluate(() => window.bench.canvas())).viewport;
  await page.evaluate(() => window.bench.startFrames());
  await page.mouse.down();
  const panStart = Date.now();
  let { x, y } = point;
  while (Date.now() - panStart < 1000) {
    x -= 6;
    y -= 2;
    await within(page.mouse.move(x, y));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = (await within(page.evaluate(() => window.bench.stopFrames()))).slice(1);
  const after = (await within(page.evaluate(() => window.bench.canvas()))).viewport;
  if (after.x === before.x && after.y === before.y)
    throw new Error(`${mode}: the drag did not pan the canvas`);
  if (frames.length < 3) throw new Error(`${mode}: only ${frames.length} frames recorded while panning`);
  return frames;
}

/** Arms the page for `event`, performs `act`, returns the input-to-painted time. */
async function measure(page: Page, event: InputEvent, expect: object, act: () => Promise<void>) {
  await page.evaluate(([e, x]) => window.bench.arm(e as InputEvent, x), [event, expect] as const);
  await act();
  const ms = await within(page.evaluate(() => window.bench.measured()));
  if (ms === null) throw new Error(`no ${event} reached the page`);
  return ms;
}

const TARGETS: Record<Measure, string> = {
  render: "≤ 1.3× bare at 1,000; ≤ 2 s at 10,000",
  loaded: "",
  drop: "≤ 2× bare-vis (≈ 50 ms)",
  type: "≤ 2× bare-vis (≈ 50 ms)",
  enter: "≤ 2× bare-vis (≈ 50 ms)",
  panMedian: "≤ 1.2× bare-vis",
  panP95: "",
  minimap: "≤ 100 ms at 10,000",
  enterMinimap: "as Enter",
  fit: "≤ 2× bare-vis",
  fitPanMedian: "≤ 1.5× bare-vis",
  dom: "",
  heap: "≤ 1.5× bare",
};
const LABELS: Record<Measure, string> = {
  render: "first render → painted, ms",
  loaded: "  of which HTML + JS ran (DCL), ms",
  drop: "drop dragged card → painted, ms",
  type: "key in card text → painted, ms",
  enter: "Enter commits text → painted, ms",
  panMedian: "pan frame interval median, ms",
  panP95: "pan frame interval p95, ms",
  minimap: "minimap button → painted, ms",
  enterMinimap: "Enter, minimap open → painted, ms",
  fit: "fit button → settled, drawn, ms",
  fitPanMedian: "pan at fit, frame median, ms",
  dom: "DOM elements",
  heap: "JS heap after GC, MB",
};

function spread(figures: Figure[], digits = 0): string {
  const numbers = figures.filter((f): f is number => typeof f === "number");
  const timeouts = figures.filter((f) => f === "timeout").length;
  const skipped = figures.filter((f) => f === "skipped").length;
  const notes = [
    ...(timeouts > 0 ? [`timed out after ${TIMEOUT_S} s ×${timeouts}`] : []),
    ...(skipped > 0 ? [`not reached ×${skipped}`] : []),
  ].join(", ");
  if (numbers.length === 0) return notes;
  const s = sorted(numbers);
  const text = `${s[0]!.toFixed(digits)} / ${median(s).toFixed(digits)} / ${s.at(-1)!.toFixed(digits)}`;
  return notes ? `${text} (${notes})` : text;
}

/** journeykit ÷ baseline, run by run (runs where either side has no figure are left out). */
function ratio(ours: Figure[], theirs: Figure[]): string {
  const r = ours.flatMap((o, i) => {
    const t = theirs[i];
    return typeof o === "number" && typeof t === "number" && t > 0 ? [o / t] : [];
  });
  if (r.length === 0) return "—";
  const s = sorted(r);
  return `${s[0]!.toFixed(2)} / ${median(s).toFixed(2)} / ${s.at(-1)!.toFixed(2)}×`;
}

function table(
  size: number,
  cards: number,
  f: Record<Mode, Record<Measure, Figure[]>>,
  estimated: boolean,
): string {
  const cells = [
    ["measure", "journeykit", "bare", "bare-vis", "ratio vs bare", "ratio vs bare-vis", "target"],
  ];
  for (const k of MEASURES) {
    const digits = k === "panMedian" || k === "panP95" || k === "fitPanMedian" || k === "heap" ? 1 : 0;
    cells.push([
      LABELS[k],
      spread(f.journeykit[k], digits),
      spread(f.bare[k], digits),
      spread(f["bare-vis"][k], digits),
      ratio(f.journeykit[k], f.bare[k]),
      ratio(f.journeykit[k], f["bare-vis"][k]),
      TARGETS[k],
    ]);
  }
  const width = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const title = `\nbig map, ${cards.toLocaleString("en-US")} cards (${size}): min / median / max over ${RUNS} runs, ratios run by run, headless Chromium 1600×1000${
    estimated ? " (bare viewport estimated: no editor run reached its first frame)" : ""
  }`;
  return [
    title,
    ...cells.map((row) =>
      row
        .map((c, i) => c.padEnd(width[i]!))
        .join(" | ")
        .trimEnd(),
    ),
  ].join("\n");
}
