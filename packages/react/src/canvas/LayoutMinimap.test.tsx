import { createCard, getTemplate, type JourneyMap, layoutJourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { ReactFlow, ReactFlowProvider, useReactFlow, useStoreApi, type Viewport } from "@xyflow/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";
import { LayoutMinimap } from "./LayoutMinimap.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const layout = layoutJourneyMap(getTemplate("coffee-shop-mobile-ordering")!.create(), { title: false });
const SIZE = { width: 200, height: 150 };

type Probed = { viewport?: () => Viewport; size?: () => { width: number; height: number } };
/** The minimap on an empty React Flow canvas; `probe` reads the canvas's viewport and size. */
function Canvas({ probe }: { probe: Probed }) {
  return (
    <ReactFlowProvider>
      <div style={{ width: 800, height: 600 }}>
        <ReactFlow nodes={[]} edges={[]}>
          <Probe probe={probe} />
          <LayoutMinimap layout={layout} size={SIZE} label="Minimap" />
        </ReactFlow>
      </div>
    </ReactFlowProvider>
  );
}
function Probe({ probe }: { probe: Probed }) {
  const flow = useReactFlow();
  const store = useStoreApi();
  probe.viewport = flow.getViewport;
  probe.size = () => ({ width: store.getState().width, height: store.getState().height });
  return null;
}

/** The minimap's SVG, laid out on screen at (1000, 700) at its own size. */
function minimap(): SVGSVGElement {
  const svg = screen.getByRole("img", { name: "Minimap" }) as unknown as SVGSVGElement;
  svg.getBoundingClientRect = () => ({ left: 1000, top: 700, ...SIZE }) as DOMRect;
  return svg;
}
const viewBoxOf = (svg: SVGSVGElement) => svg.getAttribute("viewBox")!.split(" ").map(Number);

describe("<LayoutMinimap>", () => {
  it("draws the layout's cards, touchpoints and headers in their colours, named for assistive technology", async () => {
    render(<Canvas probe={{}} />);
    await flush();
    const svg = minimap();
    const cards = svg.querySelector(".jk-minimap-card")!;
    expect(cards.getAttribute("fill")).toBe("#f2c94c");
    expect(cards.getAttribute("d")!.split("M")).toHaveLength(layout.cards.length + 1);
    expect(svg.querySelector(".jk-minimap-header")!.getAttribute("fill")).toBe("#c7cfdb");
    expect(svg.querySelector(".jk-minimap-touchpoint")!.getAttribute("fill")).toBe("#9fd8b5");
    expect(svg.closest(".react-flow__minimap")).not.toBeNull();
    // The mask over the whole view, with the canvas's viewport as its hole.
    expect(svg.querySelector(".react-flow__minimap-mask")!.getAttribute("d")!.split("M")).toHaveLength(3);
  });

  it("centres the canvas on the point clicked, at the same zoom", async () => {
    const probe: Probed = {};
    render(<Canvas probe={probe} />);
    await flush();
    const svg = minimap();
    const [x, y, width, height] = viewBoxOf(svg);
    const fit = Math.min(SIZE.width / width!, SIZE.height / height!);
    const left = 1000 + (SIZE.width - width! * fit) / 2;
    const top = 700 + (SIZE.height - height! * fit) / 2;
    // The screen point over flow point (600, 300).
    const client = { clientX: left + (600 - x!) * fit, clientY: top + (300 - y!) * fit };
    fireEvent.pointerDown(svg, { ...client, button: 0, pointerId: 1 });
    fireEvent.pointerUp(svg, { ...client, button: 0, pointerId: 1 });
    await flush();
    const viewport = probe.viewport!();
    const canvas = probe.size!();
    expect(viewport.zoom).toBe(1);
    // The canvas's centre shows that point.
    expect(canvas.width / 2 - viewport.x).toBeCloseTo(600);
    expect(canvas.height / 2 - viewport.y).toBeCloseTo(300);
  });

  it("pans the canvas with a drag, the viewport following the pointer at the minimap's scale", async () => {
    const probe: Probed = {};
    render(<Canvas probe={probe} />);
    await flush();
    const svg = minimap();
    // Flow px per minimap px: the view box is the box plus a 5 px margin all round, at that scale.
    const scale = viewBoxOf(svg)[2]! / (SIZE.width + 10);
    fireEvent.pointerDown(svg, { clientX: 1050, clientY: 750, button: 0, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 1060, clientY: 750, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 1070, clientY: 755, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 1070, clientY: 755, pointerId: 1 });
    const viewport = probe.viewport!();
    // The first move passes the click slop: the drag moves the view from the press on, 20 px by 5 px.
    expect(viewport.x).toBeCloseTo(-20 * scale);
    expect(viewport.y).toBeCloseTo(-5 * scale);
    expect(viewport.zoom).toBe(1);
  });
});

/** A controlled editor on `map`. */
function Host({ map }: { map: JourneyMap }) {
  const [value, setValue] = useState(map);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor value={value} onChange={setValue} />
    </div>
  );
}

describe("the minimap on a big map", () => {
  it("leaves the map culled: opening it mounts no card out of view", async () => {
    const initial = getTemplate("restaurant-complaint-recovery")!.create();
    const [lane, stage] = [initial.lanes[0]!.id, initial.stages.at(-1)!.id];
    const many = Array.from({ length: 320 }, (_, i) =>
      createCard({ id: `big-${i}`, laneId: lane, stageId: stage, text: `Card ${i}` }),
    );
    const map = { ...initial, cards: [...initial.cards, ...many] };
    render(<Host map={map} />);
    await flush();
    fireEvent.click(screen.getByRole("button", { name: "Show minimap" }));
    await flush();
    expect(screen.getByRole("img", { name: "Minimap" })).toBeTruthy();
    // jsdom gives the canvas no size: the last stage is out of view, so none of its 320 cards is drawn.
    expect(document.querySelector("[data-culled]")).not.toBeNull();
    expect(document.querySelectorAll('[data-card-id^="big-"]')).toHaveLength(0);
  });
});
