import { getTemplate } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Selection } from "../store/selection.js";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "./JourneyMapEditor.js";
import type { EditorViewport } from "./use-viewport-listener.js";

const template = () => getTemplate("restaurant-complaint-recovery")!.create();
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const sized = (editor: React.ReactNode) => <div style={{ width: 1200, height: 800 }}>{editor}</div>;

describe("what the editor tells its host besides the map", () => {
  it("onSelectionChange: each new selection once, and null when it is cleared", async () => {
    const onSelectionChange = vi.fn<(selection: Selection | null) => void>();
    render(sized(<JourneyMapEditor defaultValue={template()} onSelectionChange={onSelectionChange} />));
    await flush();
    expect(onSelectionChange).not.toHaveBeenCalled();
    const target = screen.getByRole("button", { name: /No staff in sight to tell/ });
    const id = target.closest("[data-card-id]")!.getAttribute("data-card-id")!;
    act(() => target.focus());
    fireEvent.click(target); // the same card again: no change
    expect(onSelectionChange.mock.calls).toEqual([[{ kind: "card", id }]]);
    fireEvent.keyDown(target, { key: "Escape" }); // back to its cell
    await flush();
    expect(onSelectionChange.mock.calls.at(-1)).toEqual([null]);
  });

  it("onViewportChange: the first fit, then every pan or zoom, with where the canvas looks", async () => {
    const onViewportChange = vi.fn<(viewport: EditorViewport) => void>();
    render(sized(<JourneyMapEditor defaultValue={template()} onViewportChange={onViewportChange} />));
    await flush();
    expect(onViewportChange).toHaveBeenCalled(); // the first fit moved the canvas
    const calls = onViewportChange.mock.calls.length;
    fireEvent.click(within(screen.getByRole("toolbar")).getByRole("button", { name: "Zoom in" }));
    await flush();
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(onViewportChange.mock.calls.length).toBeGreaterThan(calls);
    const before = onViewportChange.mock.calls[calls - 1]![0];
    const after = onViewportChange.mock.lastCall![0];
    expect(after.zoom).toBeGreaterThan(before.zoom);
    expect(Object.keys(after).sort()).toEqual(["x", "y", "zoom"]);
  });

  it("onInit: once, with the handle a ref gets, once the canvas can fit", async () => {
    const onInit = vi.fn<(handle: JourneyMapEditorHandle) => void>();
    const map = template();
    const { rerender } = render(sized(<JourneyMapEditor defaultValue={map} onInit={onInit} />));
    await flush();
    expect(onInit).toHaveBeenCalledTimes(1);
    const handle = onInit.mock.calls[0]![0];
    expect(handle.getMap()).toEqual(map);
    expect(() => handle.fitView()).not.toThrow();
    rerender(sized(<JourneyMapEditor defaultValue={map} onInit={onInit} readOnly />));
    await flush();
    expect(onInit).toHaveBeenCalledTimes(1);
  });
});
