import { getTemplate } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "./JourneyMapEditor.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe("React Flow's development warnings", () => {
  // React Flow checks NODE_ENV when it warns, so a test can run it as a dev server does.
  const env = process.env.NODE_ENV;
  beforeEach(() => {
    process.env.NODE_ENV = "development";
  });
  afterEach(() => {
    process.env.NODE_ENV = env;
    vi.restoreAllMocks();
  });

  it("loading the editor and fitting it (first fit, Fit, Readable, the handle's fits, focusStage) warns of nothing", async () => {
    const warn = vi.spyOn(console, "warn");
    const error = vi.spyOn(console, "error");
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const editor = createRef<JourneyMapEditorHandle>();
    render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor ref={editor} defaultValue={map} />
      </div>,
    );
    await flush();
    fireEvent.click(screen.getByRole("button", { name: "Fit" }));
    fireEvent.click(screen.getByRole("button", { name: "Readable" }));
    act(() => {
      editor.current!.fitView();
      editor.current!.fitReadable();
      editor.current!.focusStage(map.stages[1]!.id);
    });
    await flush();
    const said = [...warn.mock.calls, ...error.mock.calls].map((call) => String(call[0]));
    const fromReactFlow = said.filter((text) =>
      /React Flow|reactflow\.dev|getNodesBounds|nodeLookup/.test(text),
    );
    // jsdom loads no stylesheet: React Flow's "styles not loaded" (error013) is the test's, not a host's.
    expect(fromReactFlow.filter((text) => !text.includes("error#013"))).toEqual([]);
    expect(fromReactFlow).toHaveLength(1); // the check sees what React Flow says: its one expected warning
  });
});
