import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "../editor/JourneyMapEditor.js";
import type { EditorPanel, SidePanelState } from "./SidePanel.js";

const template = () => getTemplate("restaurant-complaint-recovery")!.create();
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const panels: EditorPanel[] = [
  { id: "voting", title: "Voting", render: () => <p>Dots left: 3</p> },
  { id: "notes", title: "Notes", render: () => <p>Workshop notes</p> },
];

function Host({
  editor,
  onPanelChange,
  voting = false,
}: {
  editor?: React.Ref<JourneyMapEditorHandle>;
  onPanelChange?: (state: SidePanelState) => void;
  voting?: boolean;
}) {
  const [map, setMap] = useState<JourneyMap>(template);
  return (
    <div style={{ width: 1024, height: 768 }}>
      <JourneyMapEditor
        ref={editor}
        value={map}
        onChange={setMap}
        panels={panels}
        voting={voting}
        {...(onPanelChange ? { onPanelChange } : {})}
      />
    </div>
  );
}
afterEach(() => vi.unstubAllGlobals());
const tabs = () => screen.getByRole("tablist", { name: "Side panel" });
const tab = (name: string) => within(tabs()).getByRole("tab", { name });
const openTab = () =>
  within(tabs())
    .getAllByRole("tab")
    .find((t) => t.getAttribute("aria-selected") === "true");

describe("the side panel", () => {
  it("has Inspector, Personas and the host's panels as tabs; a host tab shows its content", async () => {
    render(<Host />);
    await flush();
    expect(
      within(tabs())
        .getAllByRole("tab")
        .map((t) => t.textContent),
    ).toEqual(["Inspector", "Personas", "Voting", "Notes"]);
    expect(openTab()?.textContent).toBe("Inspector");
    fireEvent.click(tab("Voting"));
    expect(screen.getByRole("tabpanel", { name: "Voting" }).textContent).toContain("Dots left: 3");
    expect(screen.queryByText("Workshop notes")).toBeNull();
    fireEvent.click(tab("Personas"));
    expect(screen.getByRole("tablist", { name: "Choose a persona" })).toBeTruthy();
  });

  it("arrow keys move between tabs", async () => {
    render(<Host />);
    await flush();
    fireEvent.keyDown(tab("Inspector"), { key: "ArrowRight" });
    expect(openTab()?.textContent).toBe("Personas");
    expect(document.activeElement).toBe(tab("Personas"));
    fireEvent.keyDown(tab("Personas"), { key: "End" });
    expect(openTab()?.textContent).toBe("Notes");
  });

  it("starts folded on a phone-sized screen, leaving it the map; expands with one press", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query === "(max-width: 720px)",
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }));
    render(<Host />);
    await flush();
    expect(screen.queryByRole("tablist", { name: "Side panel" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Expand the side panel" }));
    expect(openTab()?.textContent).toBe("Inspector");
  });

  it("folds to a rail and unfolds on the same tab; the button says whether it is expanded", async () => {
    const changes: SidePanelState[] = [];
    render(<Host onPanelChange={(state) => changes.push(state)} />);
    await flush();
    fireEvent.click(tab("Notes"));
    const collapse = screen.getByRole("button", { name: "Collapse the side panel" });
    expect(collapse.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(collapse);
    expect(screen.queryByRole("tablist", { name: "Side panel" })).toBeNull();
    expect(screen.queryByText("Workshop notes")).toBeNull();
    const expand = screen.getByRole("button", { name: "Expand the side panel" });
    expect(expand.getAttribute("aria-expanded")).toBe("false");
    // The focus stays on the fold button, so Enter unfolds again.
    expect(document.activeElement).toBe(expand);
    expect(changes.at(-1)).toEqual({ tab: "notes", collapsed: true });
    fireEvent.click(expand);
    expect(openTab()?.textContent).toBe("Notes");
    expect(screen.getByText("Workshop notes")).toBeTruthy();
    // A rail button opens its own tab.
    fireEvent.click(screen.getByRole("button", { name: "Collapse the side panel" }));
    fireEvent.click(
      within(screen.getByRole("navigation", { name: "Side panel tabs" })).getByRole("button", {
        name: "Voting",
      }),
    );
    expect(openTab()?.textContent).toBe("Voting");
  });

  it("selecting a record on the canvas switches to the Inspector tab", async () => {
    render(<Host />);
    await flush();
    fireEvent.click(tab("Notes"));
    fireEvent.click(screen.getByRole("button", { name: /No staff in sight to tell/ }));
    expect(openTab()?.textContent).toBe("Inspector");
    expect(screen.getByRole("complementary", { name: "Inspector" }).textContent).toMatch(/No staff in sight/);
  });

  it("while dot voting is on, selecting a card leaves the open tab alone (the tally stays in view)", async () => {
    render(<Host voting />);
    await flush();
    fireEvent.click(tab("Voting"));
    fireEvent.click(screen.getByRole("button", { name: /^(?!\+1 vote).*No staff in sight to tell/ }));
    expect(openTab()?.textContent).toBe("Voting");
  });

  it("the ref opens a tab, unfolding the panel", async () => {
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Host editor={editor} />);
    await flush();
    fireEvent.click(screen.getByRole("button", { name: "Collapse the side panel" }));
    act(() => editor.current!.showPanel("voting"));
    expect(openTab()?.textContent).toBe("Voting");
  });

  it("two editors keep their own tab and fold", async () => {
    render(
      <>
        <Host />
        <Host />
      </>,
    );
    await flush();
    const [first] = screen.getAllByRole("button", { name: "Collapse the side panel" });
    fireEvent.click(first!);
    expect(screen.getAllByRole("button", { name: "Collapse the side panel" })).toHaveLength(1);
    expect(screen.getAllByRole("button", { name: "Expand the side panel" })).toHaveLength(1);
  });
});
