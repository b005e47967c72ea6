// Screenshots of the built workshop app's editor shell (side panel tabs, collapsed rail, persona
// board) at 1440x900 and 1024x768, light and dark, into .e2e-artifacts/shell/, and the map's share of
// the width at each size. Run after `pnpm --filter @journeykit/workshop build`:
//   node scripts/shell-screenshots.mjs [label]
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { preview } from "vite";

const label = process.argv[2] ?? "after";
const out = fileURLToPath(new URL(`../.e2e-artifacts/shell/${label}/`, import.meta.url));
mkdirSync(out, { recursive: true });
const server = await preview({
  root: fileURLToPath(new URL("../examples/workshop/", import.meta.url)),
  logLevel: "error",
  preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
});
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.JOURNEYKIT_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

async function mapShare(page) {
  return page.evaluate(() => {
    const flow = document.querySelector(".react-flow");
    const width = flow ? flow.getBoundingClientRect().width : 0;
    return { map: Math.round(width), share: Math.round((width / window.innerWidth) * 100) };
  });
}

const report = [];
try {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ]) {
    for (const scheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(url);
      await page.waitForURL(/#\/map\//);
      await page.locator(".react-flow__node").first().waitFor();
      await page.waitForTimeout(400);
      const name = (what) => `${out}${width}x${height}-${scheme}-${what}.png`;
      const shot = async (what) => {
        await page.waitForTimeout(250);
        await page.screenshot({ path: name(what) });
        report.push({ width, scheme, what, ...(await mapShare(page)) });
      };
      const tabs = page.locator(".jk-side-tabs [role=tab]");
      if ((await tabs.count()) === 0) {
        // Before the shell: the workshop's own side columns.
        await shot("default");
        for (const panel of ["Voting", "Insights", "Compare"]) {
          await page.getByRole("button", { name: panel, exact: true }).click();
          await shot(panel.toLowerCase());
        }
      } else {
        for (const title of await tabs.allTextContents()) {
          await page.getByRole("tab", { name: title, exact: true }).click();
          await shot(`tab-${title.toLowerCase()}`);
        }
        await page.getByRole("button", { name: /Collapse the side panel/ }).click();
        await shot("collapsed");
        await page.getByRole("button", { name: /Expand the side panel/ }).click();
        await page.locator(".jk-persona-strip button").first().click();
        await page.getByRole("dialog").waitFor();
        await shot("persona-board");
        await page.keyboard.press("Escape");
      }
      await page.goto(`${url}#/`);
      await page.getByRole("heading", { name: "Start from a template" }).waitFor();
      await shot("start-screen");
      if (errors.length) report.push({ width, scheme, errors });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const row of report) console.log(JSON.stringify(row));
