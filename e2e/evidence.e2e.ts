import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { launchChromium, openFreshPage } from "./chromium";
import { surveyMonkeyCsv } from "./survey-monkey-csv";

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const SHOTS = join(process.cwd(), ".e2e-artifacts", "evidence");

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  ({ context, page } = await openFreshPage(browser, errors));
});

const SIZES = [
  [1440, 900],
  [1024, 768],
] as const;

/** Screenshots of what is on screen at both window sizes, light and dark. */
async function shoot(name: string) {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    for (const theme of ["light", "dark"] as const) {
      // The app follows the system theme by default: editor and app chrome switch together.
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}-${theme}.png`) });
      const dialog = page.getByRole("dialog", { name: "Add evidence" });
      if ((await dialog.count()) > 0) {
        // Nothing of the dialog is cut off: it fits the window.
        const box = await dialog.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(height);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
}

async function openRestaurant() {
  await page.goto(`${inject("workshopUrl")}#/`);
  await page.getByRole("button", { name: /Start from template: .*restaurant/i }).click();
  await page.locator(".react-flow__node").first().waitFor();
}

/** Drop a file onto the map screen, as a file dragged from the desktop. */
async function dropFile(text: string, name: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: "text/csv" }));
      return transfer;
    },
    { text, name },
  );
  await page.dispatchEvent(".ws-body", "dragover", { dataTransfer });
  await page.dispatchEvent(".ws-body", "drop", { dataTransfer });
}

/** Press Enter on a button reached by keyboard focus. */
async function press(name: string | RegExp) {
  const button = page.getByRole("dialog").getByRole("button", { name, exact: typeof name === "string" });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.focus();
  await page.keyboard.press("Enter");
}

describe("Add evidence", () => {
  test("a 2,000-response SurveyMonkey export: table, columns, preview, one step onto the map, one Ctrl+Z off it", async () => {
    await openRestaurant();
    const csv = surveyMonkeyCsv(2000);
    const titleBefore = await page.locator(".ws-map-title").textContent();

    await page.getByRole("button", { name: "Add evidence…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add evidence" });
    await dialog.waitFor();
    // Focus starts inside the dialog, on Choose file.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Choose file…");
    await shoot("1-file");

    // Progress shows while the worker reads (watched from the page: it may be brief).
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector(
          "progress[aria-label='Reading progress']",
        ) as HTMLProgressElement | null;
        if (bar) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await dropFile(csv, "bistro-survey-march.csv");
    await dialog.getByTestId("evidence-row-count").waitFor();
    await expect(dialog.getByTestId("evidence-row-count").textContent()).resolves.toBe("2,000 rows");
    await expect(dialog.getByTestId("evidence-shape").textContent()).resolves.toBe(
      "SurveyMonkey export (2 header rows)",
    );
    await expect(
      page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen.length),
    ).resolves.toBeGreaterThan(0);
    await expect(
      dialog.getByRole("region", { name: "First rows of the table" }).textContent(),
    ).resolves.toMatch(/Arrive and order|Pay and leave|Wait for the main/);
    await shoot("2-table");

    await press("Next");
    const role = (header: RegExp) => dialog.getByRole("combobox", { name: header });
    await expect(role(/What column “How likely is it that you would recommend/).inputValue()).resolves.toBe(
      "nps",
    );
    await expect(role(/What column “Overall, how satisfied/).inputValue()).resolves.toBe("csat");
    await expect(role(/What column “Which part of your visit/).inputValue()).resolves.toBe("stage");
    await expect(role(/What column “Is there anything else/).inputValue()).resolves.toBe("comment");
    await expect(role(/What column “IP Address/).inputValue()).resolves.toBe("ignore");
    await expect
      .poll(() => dialog.getByTestId("evidence-unassigned").textContent())
      .toMatch(/^0 of 2,000 answered rows stay on no stage/);
    await shoot("3-columns");

    // A wrong correction by keyboard shows at once (no stage column: the mention rules appear), then is undone.
    const stageColumn = role(/What column “Which part of your visit/);
    await stageColumn.focus();
    await stageColumn.selectOption("ignore");
    await dialog.getByRole("heading", { name: "Which stage is a comment about?" }).waitFor();
    await expect
      .poll(() => dialog.getByTestId("evidence-unassigned").textContent(), { timeout: 15_000 })
      .toMatch(/^[1-9][\d,]* of 2,000 answered rows stay on no stage/);
    await dialog.getByRole("heading", { name: "Which stage is a comment about?" }).scrollIntoViewIfNeeded();
    await shoot("3-columns-rules");
    await stageColumn.selectOption("stage");
    await expect
      .poll(() => dialog.getByTestId("evidence-unassigned").textContent(), { timeout: 15_000 })
      .toMatch(/^0 of 2,000/);

    await press("Next");
    const perStage = dialog.getByRole("table", { name: "What each stage gets" });
    await perStage.waitFor();
    const payRow = perStage.getByRole("row", { name: /^Pay and leave/ });
    await expect(payRow.textContent()).resolves.toMatch(/−\d+ ±\d+n=\d+/);
    await expect(dialog.getByTestId("evidence-summary").textContent()).resolves.toMatch(
      /2,000 of 2,000 rows have answers · 0 on no stage · \d+ metrics · \d+ quotes · \d+ measured curve points/,
    );
    // Each stage's measured feeling with its interval, from what customers rated.
    await expect(dialog.locator(".ws-ev-point").first().textContent()).resolves.toMatch(
      /^[+−]?\d(\.\d)?( ±\d\.\d)? from ratings · n=\d+$/,
    );
    await shoot("4-preview");

    await press("Add to map");
    await expect.poll(() => dialog.count()).toBe(0);
    const insights = page.locator("#ws-insights");
    await insights.waitFor();
    // Per-stage NPS with n and ± on the map, where the data disagrees, and the customers' words.
    const measured = insights.getByTestId("measured-by-stage");
    await expect(measured.textContent()).resolves.toMatch(/Pay and leave.*NPS −\d+ ±\d+ · n=\d{3}/);
    await expect(measured.textContent()).resolves.toMatch(/Arrive and order.*NPS \+\d+ ±\d+ · n=\d{3}/);
    const gaps = insights.getByTestId("assumption-gap");
    await expect(gaps.count()).resolves.toBeGreaterThan(0);
    await expect(gaps.allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Pay and leave.*Customers feel worse than the room assumed: the room: \+2; customers: −\d(\.\d)?( ±\d\.\d)?, from NPS −\d+ ±\d+/,
        ),
      ]),
    );
    const voice = insights.getByTestId("voice-of-customer");
    await expect(voice.locator(".ws-quote").count()).resolves.toBeGreaterThan(5);
    await expect(voice.locator(".ws-quote-negative").count()).resolves.toBeGreaterThan(0);
    await expect(voice.locator(".ws-quote-positive").count()).resolves.toBeGreaterThan(0);
    await expect(voice.textContent()).resolves.not.toContain("jo@example.com");
    await shoot("5-applied");

    // On the canvas each stage's quotes are reachable from its header: "❝ N quotes", opened by
    // keyboard into a labelled dialog of the customers' words (tone, rating, source; no e-mail the
    // export held), Escape back onto the button.
    const quotesButton = page.locator(".jk-quotes-button").first();
    const quotesLabel = (await quotesButton.getAttribute("aria-label"))!;
    const [, quoted, stageName] = quotesLabel.match(/^(\d+) quotes? at (.+)$/)!;
    await quotesButton.focus();
    await page.keyboard.press("Enter");
    const quotesDialog = page.getByRole("dialog", { name: `Customer quotes at ${stageName}` });
    await quotesDialog.waitFor();
    await expect.poll(() => quotesDialog.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(quotesDialog.locator("li").count()).resolves.toBe(Number(quoted));
    await expect(quotesDialog.locator(".jk-quote-caption").first().textContent()).resolves.toMatch(
      /^(Negative|Neutral|Positive)( · (NPS|CSAT|CES) answer \d+(\.\d)?)? · bistro-survey-march\.csv$/,
    );
    await expect(quotesDialog.textContent()).resolves.not.toMatch(/@|jo@example\.com/);
    await shoot("6-stage-quotes");
    await page.keyboard.press("Escape");
    await expect.poll(() => quotesDialog.count()).toBe(0);
    await expect.poll(() => quotesButton.evaluate((el) => el === document.activeElement)).toBe(true);

    // A gap jumps to its stage: the canvas pans and zooms to it.
    const viewport = page.locator(".react-flow__viewport");
    const before = await viewport.getAttribute("style");
    await gaps.first().getByRole("button").click();
    await expect.poll(() => viewport.getAttribute("style")).not.toBe(before);

    // One Ctrl+Z takes the whole import back (focus is inside the editor: on the Insights panel).
    await insights.focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => insights.getByTestId("voice-of-customer").count()).toBe(0);
    await expect(insights.getByTestId("measured-by-stage").count()).resolves.toBe(0);
    await expect(insights.getByTestId("assumption-gap").count()).resolves.toBe(0);
    await expect(insights.textContent()).resolves.toContain("No quotes yet");
    await expect(page.locator(".ws-map-title").textContent()).resolves.toBe(titleBefore);
    expect(errors).toEqual([]);
  });

  test("the evidence reaches the exports: PDF (A4, Letter) pages with n and ±, a 4:3 deck with the quotes in its notes", async () => {
    await openRestaurant();
    await page.getByRole("button", { name: "Add evidence…" }).click();
    await page.getByTestId("evidence-file-input").setInputFiles({
      name: "bistro-survey.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(surveyMonkeyCsv(400)),
    });
    await press("Next");
    await press("Next");
    await page.getByRole("table", { name: "What each stage gets" }).waitFor();
    await press("Add to map");
    await page.getByTestId("voice-of-customer").waitFor();
    const quote = (await page.getByTestId("voice-of-customer").locator("blockquote").first().textContent())!;

    await page.getByRole("button", { name: /^Export/ }).click();
    await page.getByRole("menu", { name: "Export formats" }).waitFor();
    await shoot("export-menu");
    await page.keyboard.press("Escape");

    const exportItem = async (name: string) => {
      await page.getByRole("button", { name: /^Export/ }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("menuitem", { name }).click(),
      ]);
      return { name: download.suggestedFilename(), path: await download.path() };
    };
    for (const [item, width, height] of [
      ["PDF · A4", 842, 595],
      ["PDF · Letter", 792, 612],
    ] as const) {
      const pdf = await exportItem(item);
      expect(pdf.name).toMatch(/\.(A4|Letter)\.pdf$/);
      const info = execFileSync("pdfinfo", [pdf.path], { encoding: "utf8" });
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([width, height]);
      const text = execFileSync("pdftotext", ["-layout", pdf.path, "-"], { encoding: "utf8" }).replace(
        /\s+/g,
        " ",
      );
      // Reading order, not layout: a tile's figure stays whole however the page wraps its neighbours.
      const figures = execFileSync("pdftotext", ["-raw", pdf.path, "-"], { encoding: "utf8" }).replace(
        /\s+/g,
        " ",
      );
      expect(figures).toMatch(/NPS −\d+ ±\d+ · n=[\d,]+/);
      // DejaVu Sans is embedded: a negative emotion keeps its minus sign (Helvetica alone shows "?").
      expect(text).not.toMatch(/Emotion \?/);
      expect(execFileSync("pdffonts", [pdf.path], { encoding: "utf8" })).toMatch(/JourneykitSans.*yes/);
      if (item === "PDF · A4") {
        execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "4", pdf.path, join(SHOTS, "pdf-a4")]);
      }
    }
    const deck = await exportItem("PPTX · 4:3 slides");
    expect(deck.name).toMatch(/\.4x3\.pptx$/);
    const presentation = execFileSync("unzip", ["-p", deck.path, "ppt/presentation.xml"], {
      encoding: "utf8",
    });
    // 4:3 is 10 × 7.5 inches.
    expect(presentation).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
    const notes = execFileSync("sh", ["-c", `unzip -p "${deck.path}" 'ppt/notesSlides/*.xml'`], {
      encoding: "utf8",
    });
    expect(notes).toContain(quote.replace(/^“|”$/g, "").slice(0, 30));
    expect(readFileSync(deck.path).subarray(0, 2).toString()).toBe("PK");
    expect(errors).toEqual([]);
  });

  test("a 50,000-row export is read in the worker with a progress bar while the page keeps answering", async () => {
    await openRestaurant();
    const csv = surveyMonkeyCsv(50_000);
    await page.evaluate(() => {
      const state = { progress: [] as number[], longest: 0, tasks: 0 };
      (window as unknown as { evidenceRun: typeof state }).evidenceRun = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          state.tasks++;
          state.longest = Math.max(state.longest, entry.duration);
        }
      }).observe({ type: "longtask" });
      new MutationObserver(() => {
        const bar = document.querySelector(
          "progress[aria-label='Reading progress']",
        ) as HTMLProgressElement | null;
        if (bar && state.progress.at(-1) !== bar.value) state.progress.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const started = Date.now();
    await dropFile(csv, "big-survey.csv");
    // Only what the app does from here counts (building the 6 MB File in the page is the test's own work).
    await page.evaluate(() => {
      const run = (window as unknown as { evidenceRun: { longest: number; tasks: number } }).evidenceRun;
      run.longest = 0;
      run.tasks = 0;
    });
    const dialog = page.getByRole("dialog", { name: "Add evidence" });
    await dialog.getByTestId("evidence-row-count").waitFor({ timeout: 60_000 });
    const read = Date.now() - started;
    await expect(dialog.getByTestId("evidence-row-count").textContent()).resolves.toBe("50,000 rows");
    await press("Next");
    await press("Next");
    await dialog.getByRole("table", { name: "What each stage gets" }).waitFor({ timeout: 60_000 });
    const total = Date.now() - started;
    const run = await page.evaluate(
      () =>
        (window as unknown as { evidenceRun: { progress: number[]; longest: number; tasks: number } })
          .evidenceRun,
    );
    // The bar moved through the file (parsed in chunks in the worker), not only from 0 to done.
    expect(run.progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThan(2);
    console.log(
      `evidence e2e: ${(csv.length / 1e6).toFixed(1)} MB, 50,000 rows: table after ${read} ms, preview after ${total} ms; ` +
        `main-thread long tasks ${run.tasks}, longest ${Math.round(run.longest)} ms`,
    );
    await expect(dialog.getByTestId("evidence-summary").textContent()).resolves.toMatch(
      /^50,000 of 50,000 rows/,
    );
  });

  test("a broken file says what is wrong and leaves the map untouched", async () => {
    await openRestaurant();
    await page.getByRole("button", { name: "Add evidence…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add evidence" });
    await page.getByTestId("evidence-file-input").setInputFiles({
      name: "survey.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("not really a workbook")]),
    });
    const alert = dialog.getByRole("alert", { name: "File could not be read" });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/survey\.xlsx: .*xlsx/);
    await expect(alert.textContent()).resolves.toContain("Nothing was added to the map.");
    await shoot("error");

    // An export with a header and no answers is refused too, naming the file.
    await page.getByTestId("evidence-file-input").setInputFiles({
      name: "empty.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("How likely are you to recommend us?,Comment\r\n"),
    });
    await expect.poll(() => alert.textContent()).toMatch(/empty\.csv: .*no answer rows/);

    // Escape closes the dialog; nothing reached the map.
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole("tab", { name: "Insights" }).click();
    await expect(page.locator("#ws-insights").textContent()).resolves.toContain("No quotes yet");
    expect(errors).toEqual([]);
  });
});
