import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { JourneyMapEditor } from "../index.js";

function Editor({ initial }: { initial: JourneyMap }) {
  const [map, setMap] = useState(initial);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor value={map} onChange={setMap} />
    </div>
  );
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const blueprint = () => getTemplate("hotel-check-in-blueprint")!.create();

describe("<JourneyCanvas> draws the layout", () => {
  it("draws the service-blueprint lines, each named for assistive technology and labelled on screen", async () => {
    render(<Editor initial={blueprint()} />);
    await flush();
    for (const name of ["Line of interaction", "Line of visibility", "Line of internal interaction"]) {
      const line = screen.getByRole("img", { name });
      expect(line.querySelector("line")).toBeTruthy();
      expect(line.querySelector("text")?.textContent).toBe(name);
    }
  });

  it("shows every touchpoint record in its stage's touchpoints lane with its channel; a click selects it", async () => {
    const map = getTemplate("coffee-shop-mobile-ordering")!.create();
    map.touchpoints.push({
      id: "tp-new",
      stageId: map.stages[1]!.id,
      name: "Self check-in kiosk",
      channel: "other",
    });
    const { container } = render(<Editor initial={map} />);
    await flush();
    const lane = map.lanes.find((l) => l.kind === "touchpoints")!;
    const boxes = container.querySelectorAll("[data-touchpoint-id]");
    expect(boxes).toHaveLength(map.touchpoints.length);
    const added = screen.getByRole("button", { name: "Touchpoint Self check-in kiosk (Other)" });
    expect(added.getAttribute("title")).toBe("Self check-in kiosk · Other");
    const cell = container
      .querySelector(`[data-cell="${lane.id}:${map.stages[1]!.id}"]`)!
      .closest(".react-flow__node")!;
    const node = added.closest(".react-flow__node") as HTMLElement;
    const top = (el: Element) => Number((el as HTMLElement).style.transform.match(/,\s*([-\d.]+)px/)?.[1]);
    expect(top(node)).toBeGreaterThanOrEqual(top(cell));
    fireEvent.click(added);
    await flush();
    expect(added.getAttribute("aria-pressed")).toBe("true");
  });

  it("gives every clipped label its full text on hover and focus (stage names, lane titles, moments, metrics)", async () => {
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const long =
      "Waiting for the bill while the table next to us is served first, nobody looks our way, the card machine is broken and the manager is nowhere to be seen";
    map.stages[0]!.name = long;
    map.metrics.push({
      id: "k-long",
      kind: "custom",
      label: "Share of guests who would come back next month",
      value: 0.4,
      stageId: map.stages[1]!.id,
    });
    const { container } = render(<Editor initial={map} />);
    await flush();
    const stage = screen.getByRole("button", { name: `Stage 1: ${long}` });
    expect(stage.getAttribute("title")).toBe(long);
    const lines = stage.querySelectorAll(".jk-stage-title > span");
    expect(lines.length).toBe(2);
    expect(lines[1]!.textContent?.endsWith("…")).toBe(true);
    for (const lane of map.lanes)
      expect(screen.getByRole("button", { name: `Lane: ${lane.title}` }).getAttribute("title")).toBe(
        lane.title,
      );
    const metric = container.querySelector('[data-metric-id="k-long"]')!;
    expect(metric.querySelector(".jk-metric-text")!.textContent).toMatch(/^Share of .*… 0\.4$/);
    expect(metric.getAttribute("title")).toBe(
      `${map.stages[1]!.name} · Share of guests who would come back next month 0.4 · typed`,
    );
    const label = container.querySelector(".jk-moment-label");
    if (label) expect(label.getAttribute("title")).toBe(label.textContent);
  });
});

describe("<JourneyCanvas> on a phone-narrow canvas", () => {
  it("gives the lane titles a narrower column (140 instead of 168), so a stage keeps most of the width", async () => {
    const original = HTMLElement.prototype.getBoundingClientRect;
    let canvasWidth = 400;
    const spy = vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains("jk-canvas")
        ? ({
            x: 0,
            y: 0,
            top: 0,
            left: 0,
            right: canvasWidth,
            bottom: 700,
            width: canvasWidth,
            height: 700,
          } as DOMRect)
        : original.call(this);
    });
    try {
      const map = blueprint();
      const laneWidth = () =>
        document.querySelector<HTMLElement>(`.react-flow__node[data-id="lane:${map.lanes[0]!.id}"]`)?.style
          .width;
      render(<Editor initial={map} />);
      await flush();
      await flush();
      expect(laneWidth()).toBe("140px");
      cleanup();
      canvasWidth = 1200;
      render(<Editor initial={map} />);
      await flush();
      await flush();
      expect(laneWidth()).toBe("168px");
    } finally {
      spy.mockRestore();
    }
  });
});
