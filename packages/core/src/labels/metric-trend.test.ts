import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { coreFr } from "../i18n/core-messages/fr.js";
import { metricTrend } from "./metric-trend.js";

const series = (...values: number[]) =>
  values.map((value, i) => ({ date: `2026-0${i + 1}-01`, value, sampleSize: 100 }));

describe("metricTrend", () => {
  it("compares the newest series point with the one before", () => {
    expect(metricTrend({ kind: "NPS", series: series(10, 28, 32) })).toEqual({
      direction: "up",
      change: 4,
      text: "▲ +4",
      description: "up 4 points since 2026-02-01 (+28)",
    });
    expect(metricTrend({ kind: "CSAT", series: series(80, 77.2) })).toMatchObject({
      direction: "down",
      text: "▼ −3",
      description: "down 3 points since 2026-01-01 (80%)",
    });
  });

  it("rounds the change as margins are, and calls a change that rounds to zero flat", () => {
    expect(metricTrend({ kind: "NPS", series: series(30, 30.4) })).toMatchObject({
      direction: "flat",
      text: "→ 0",
      description: "unchanged since 2026-01-01 (+30)",
    });
    expect(metricTrend({ kind: "sentiment", series: series(0.1, 0.04) })?.text).toBe("▼ −0.06");
    expect(metricTrend({ kind: "CES", series: series(4.1, 4.46) })?.text).toBe("▲ +0.4");
  });

  it("has no trend with fewer than two points", () => {
    expect(metricTrend({ kind: "NPS" })).toBeUndefined();
    expect(metricTrend({ kind: "NPS", series: series(3) })).toBeUndefined();
  });
});

describe("metricTrend in other languages", () => {
  it("says which way and since when in the locale's words, one point in the singular", () => {
    expect(
      metricTrend({ kind: "NPS", series: series(27, 28) }, { locale: "es", messages: coreEs })?.description,
    ).toBe("sube 1 punto desde el 01/01/2026 (+27)");
    expect(
      metricTrend({ kind: "CES", series: series(4.6, 4.2) }, { locale: "de", messages: coreDe }),
    ).toMatchObject({
      text: "▼ −0,4",
      description: "um 0,4 gesunken seit 01.01.2026 (4,6)",
    });
    expect(
      metricTrend({ kind: "CSAT", series: series(80, 80.2) }, { locale: "fr", messages: coreFr })
        ?.description,
    ).toBe("stable depuis le 01/01/2026 (80%)");
  });
});
