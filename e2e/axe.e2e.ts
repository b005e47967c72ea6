import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { launchChromium } from "./chromium";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

for (const [name, url] of [
  ["workshop editor", () => inject("workshopUrl")],
  ["embed example", () => inject("embedUrl")],
] as const) {
  test(`axe finds no serious or critical violations in the ${name}`, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url());
    await page.locator(".react-flow__node").first().waitFor();
    await page.waitForTimeout(300);
    // Scan with workshop voting on too (vote buttons on cards).
    if (name === "workshop editor") await page.getByRole("tab", { name: "Voting" }).click();
    await page.addScriptTag({ path: axePath });
    const violations = (await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations;
    })) as Violation[];
    const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const report = blocking.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")})`,
    );
    expect(report).toEqual([]);
  });
}
