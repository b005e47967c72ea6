import { getTemplate } from "@journeykit/core";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "./App";
import { startWorkshop, type WorkshopStart } from "./start/start-workshop";
import { openMapLibrary } from "./storage/open-map-library";

let n = 0;
const sample = getTemplate("restaurant-complaint-recovery")!.create();
const firstCard = sample.cards[0]!;

function renderApp(start: Promise<WorkshopStart>) {
  return render(
    <StrictMode>
      <div style={{ width: 1200, height: 800 }}>
        <App start={start} />
      </div>
    </StrictMode>,
  );
}

function blockIndexedDb() {
  vi.stubGlobal("indexedDB", {
    open() {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
  });
}

const cardNode = async (text: string) =>
  (await screen.findByText(text, { selector: "[data-card-id] *, [data-card-id]" })).closest(
    "[data-card-id]",
  ) as HTMLElement;

beforeEach(() => {
  window.location.hash = "";
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("<App> without IndexedDB", () => {
  it("opens the sample map, warns that work is not kept, and saves it to a file", async () => {
    blockIndexedDb();
    const start = startWorkshop();
    renderApp(start);
    const warning = await screen.findByRole("status", { name: "Your work is not kept in this browser." });
    expect(warning.textContent).toMatch(/SecurityError/);
    expect(await cardNode(firstCard.text)).toBeTruthy();
    const { library, sampleId } = await start;
    expect(window.location.hash).toBe(`#/map/${sampleId}`);
    expect((await library.list()).maps).toHaveLength(1);

    const createObjectURL = vi.fn((_blob: Blob) => "blob:map");
    // jsdom has no object URLs; a subclass stands in for the global while this test runs.
    vi.stubGlobal(
      "URL",
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    fireEvent.click(within(warning).getByRole("button", { name: "Save to file" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/\.journey\.json$/);
    const saved = JSON.parse(await createObjectURL.mock.calls[0]![0].text());
    expect(saved.id).toBe(sampleId);
  });

  it("edits a card and keeps the edit in memory", async () => {
    blockIndexedDb();
    const start = startWorkshop();
    renderApp(start);
    const card = await cardNode(firstCard.text);
    act(() => card.focus());
    fireEvent.keyDown(card, { key: "Enter" });
    const input = await screen.findByRole("textbox", { name: "Card text" });
    fireEvent.change(input, { target: { value: "Edited without IndexedDB" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await screen.findByText("Edited without IndexedDB", { selector: ".jk-card-text" });
    const { library, sampleId } = await start;
    await waitFor(async () => {
      const stored = await library.load(sampleId ?? "");
      expect(stored?.cards.find((c) => c.id === firstCard.id)?.text).toBe("Edited without IndexedDB");
    });
    expect(screen.getByText("Kept in this tab only")).toBeTruthy();
  });

  it("creates a new blank map and opens a file in memory", async () => {
    blockIndexedDb();
    window.location.hash = "#/";
    const start = startWorkshop();
    renderApp(start);
    await screen.findByRole("status", { name: "Your work is not kept in this browser." });
    fireEvent.click(await screen.findByRole("button", { name: "New blank map" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Untitled journey"),
    );
    const { library } = await start;
    expect((await library.list()).maps.map((m) => m.title).sort()).toContain("Untitled journey");

    const file = new File(
      [JSON.stringify({ ...sample, title: "Opened from a file" })],
      "opened.journey.json",
      {
        type: "application/json",
      },
    );
    fireEvent.change(screen.getByTestId("open-file-input"), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Opened from a file"),
    );
    expect((await library.list()).maps.map((m) => m.title)).toContain("Opened from a file");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("<App> with IndexedDB", () => {
  it("seeds one sample map under StrictMode and shows no storage warning", async () => {
    const databaseName = `app-${n++}`;
    const start = startWorkshop({ openLibrary: () => openMapLibrary({ databaseName }) });
    renderApp(start);
    expect(await cardNode(firstCard.text)).toBeTruthy();
    const { library, sampleId } = await start;
    expect(library.storage.kind).toBe("indexeddb");
    expect(window.location.hash).toBe(`#/map/${sampleId}`);
    expect((await library.list()).maps).toHaveLength(1);
    expect(screen.queryByRole("status", { name: "Your work is not kept in this browser." })).toBeNull();
  });
});
