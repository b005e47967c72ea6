import { getTemplate } from "@journeykit/core";
import { act, fireEvent, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createFakeCollaboration } from "../../test/fake-collaboration-adapter.js";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";

const flush = (ms = 20) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** The viewport transform React Flow applied: `translate(x px, y px) scale(zoom)`. */
function viewport(container: HTMLElement) {
  const style = (container.querySelector(".react-flow__viewport") as HTMLElement).style.transform;
  const [x, y, zoom] = style.match(/-?[\d.]+/g)!.map(Number);
  return { x: x!, y: y!, zoom: zoom! };
}

describe("<PeerPresence> in a collaborating editor", () => {
  it("draws each peer's pointer with their name in their colour at their map point, and hides it when they leave", async () => {
    const room = createFakeCollaboration(getTemplate("restaurant-complaint-recovery")!.create());
    const { container } = render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor collaboration={room.adapter} />
      </div>,
    );
    await flush();
    expect(container.querySelector(".jk-presence")).toBeNull();
    const card = room.map.cards[0]!;
    act(() =>
      room.setPeers([
        { clientId: 7, name: "Bea", colour: "#1c7ed6", pointer: { x: 200, y: 120 }, selection: [card.id] },
        { clientId: 8, name: "Cai", colour: "#2b8a3e", pointer: null },
      ]),
    );
    await flush();
    const layer = container.querySelector(".react-flow .jk-presence")!;
    expect(layer).toBeTruthy();
    const pointers = layer.querySelectorAll<HTMLElement>(".jk-presence-pointer");
    expect(pointers).toHaveLength(1);
    const bea = pointers[0]!;
    expect(bea.textContent).toBe("Bea");
    expect((bea.querySelector(".jk-presence-name") as HTMLElement).style.backgroundColor).toBe(
      "rgb(28, 126, 214)",
    );
    const { x, y, zoom } = viewport(container);
    expect(bea.style.transform).toBe(`translate(${200 * zoom + x}px, ${120 * zoom + y}px)`);
    const ring = layer.querySelector<HTMLElement>('.jk-presence-selection[data-peer="Bea"]')!;
    expect(ring.style.borderColor).toBe("rgb(28, 126, 214)");

    act(() => room.setPeers([{ clientId: 7, name: "Bea", colour: "#1c7ed6", pointer: null }]));
    await flush();
    expect(container.querySelectorAll(".jk-presence-pointer")).toHaveLength(0);
  });

  it("shares this user's pointer in map coordinates (throttled), null on leave, and the selected record", async () => {
    const room = createFakeCollaboration(getTemplate("restaurant-complaint-recovery")!.create());
    const { container } = render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor collaboration={room.adapter} />
      </div>,
    );
    await flush();
    const pane = container.querySelector(".react-flow") as HTMLElement;
    const { x, y, zoom } = viewport(container);
    for (let i = 0; i < 5; i++) fireEvent.pointerMove(pane, { clientX: 300 + i, clientY: 200 });
    await flush(60);
    const pointers = room.local.filter((s) => s.pointer !== undefined).map((s) => s.pointer);
    // Five moves inside 30 ms: the first goes at once, the last one after the interval, none between.
    expect(pointers).toEqual([
      { x: Math.round((300 - x) / zoom), y: Math.round((200 - y) / zoom) },
      { x: Math.round((304 - x) / zoom), y: Math.round((200 - y) / zoom) },
    ]);
    fireEvent.pointerLeave(pane);
    expect(room.local.at(-1)).toEqual({ pointer: null });
    const card = room.map.cards[0]!;
    fireEvent.click(container.querySelector(`[data-card-id="${card.id}"]`)!);
    await flush();
    expect(room.local.at(-1)).toEqual({ selection: [card.id], focusedStage: card.stageId });
  });
});
