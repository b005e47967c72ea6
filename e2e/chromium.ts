import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium unless JOURNEYKIT_CHROMIUM names another binary. */
export const chromiumPath = process.env.JOURNEYKIT_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Launch headless Chromium with the flags this sandboxed, offline machine needs, plus `extraArgs`
 * (the big-map bench adds `--js-flags=--expose-gc`).
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium) or set JOURNEYKIT_CHROMIUM.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/**
 * A fresh browser context (empty IndexedDB and localStorage, downloads accepted) at 1440x900 and its
 * page; the page's uncaught errors are collected into `errors`, emptied first.
 */
export async function openFreshPage(
  browser: Browser,
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  errors.length = 0;
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page };
}
