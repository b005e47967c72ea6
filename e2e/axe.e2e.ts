import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { seriousAxeViolations } from "./axe-scan";
import { launchChromium } from "./chromium";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

for (const [name, url, colorScheme] of [
  ["workshop editor", () => inject("workshopUrl"), "light"],
  ["workshop editor", () => inject("workshopUrl"), "dark"],
  ["embed example", () => inject("embedUrl"), "light"],
] as const) {
  test(`axe finds no serious or critical violations in the ${name} (${colorScheme} theme)`, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme });
    await page.goto(url());
    await page.locator(".react-flow__node").first().waitFor();
    await page.waitForTimeout(300);
    // Scan with workshop voting on too (vote buttons on cards).
    if (name === "workshop editor") await page.getByRole("tab", { name: "Voting" }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

/** WCAG contrast ratio of two CSS colours (rgb()/rgba() as getComputedStyle gives them). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// axe does not measure SVG text (the emotion lane's scale, the curve's labels): every text drawn in the
// canvas's SVG is checked against the canvas background here, in both themes (WCAG AA: 4.5:1).
for (const colorScheme of ["light", "dark"] as const) {
  test(`the canvas's SVG text meets AA contrast in the ${colorScheme} theme`, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme });
    await page.goto(inject("workshopUrl"));
    await page.locator(".jk-emotions text").first().waitFor();
    const texts = await page.evaluate(() => {
      const canvas = document.querySelector(".jk-root") as HTMLElement;
      const probe = document.createElement("div");
      probe.style.color = getComputedStyle(canvas).getPropertyValue("--jk-canvas");
      document.body.append(probe);
      const background = getComputedStyle(probe).color;
      probe.remove();
      return [...document.querySelectorAll(".jk-canvas svg text")].map((t) => ({
        text: t.textContent ?? "",
        fill: getComputedStyle(t).fill,
        background,
      }));
    });
    expect(texts.length).toBeGreaterThan(0);
    const poor = texts
      .map((t) => ({ ...t, ratio: contrast(t.fill, t.background) }))
      .filter((t) => t.ratio < 4.5)
      .map((t) => `"${t.text}" ${t.fill} on ${t.background}: ${t.ratio.toFixed(2)}`);
    expect(poor).toEqual([]);
    await page.close();
  });
}
