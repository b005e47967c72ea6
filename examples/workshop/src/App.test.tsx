import { getTemplate } from "@journeykit/core";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "./App";
import { startWorkshop, type WorkshopStart } from "./start/start-workshop";
import { openMapLibrary } from "./storage/open-map-library";

// Each test mounts the whole editor under jsdom: seconds per test when the 2 shared cores are busy.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 10_000 });

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

describe("<App> when the browser's storage is full", () => {
  const fillStorage = () =>
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
  const quotaMessage = () =>
    screen.findByRole("alert", { name: "Not saved: this browser's storage is full." });

  it("an edit that cannot be saved: says so, keeps the edit, offers Save to file, prompts before closing", async () => {
    const start = startWorkshop({ openLibrary: () => openMapLibrary({ databaseName: `full-${n++}` }) });
    renderApp(start);
    const card = await cardNode(firstCard.text);
    fillStorage();
    act(() => card.focus());
    fireEvent.keyDown(card, { key: "Enter" });
    const input = await screen.findByRole("textbox", { name: "Card text" });
    fireEvent.change(input, { target: { value: "Typed on a full disk" } });
    fireEvent.keyDown(input, { key: "Enter" });
    const message = await quotaMessage();
    expect(message.textContent).toMatch(/delete maps you no longer need from Your maps/);
    expect(within(message).getByRole("link", { name: "Your maps" }).getAttribute("href")).toBe("#/");
    expect(within(message).getByRole("button", { name: "Save to file" })).toBeTruthy();
    expect(screen.getByText("Not saved: storage full")).toBeTruthy();
    expect(screen.queryByText(/^Saved/)).toBeNull();
    await screen.findByText("Typed on a full disk", { selector: ".jk-card-text" });
    const unload = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    // Space freed: "Try again" stores the edit and the message goes away.
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    fireEvent.click(within(message).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    const { library, sampleId } = await start;
    const stored = await library.load(sampleId ?? "");
    expect(stored?.cards.find((c) => c.id === firstCard.id)?.text).toBe("Typed on a full disk");
  });

  it("a new blank map and an opened file still open, say they are not stored, and are listed", async () => {
    window.location.hash = "#/";
    const start = startWorkshop({ openLibrary: () => openMapLibrary({ databaseName: `full-new-${n++}` }) });
    renderApp(start);
    const newMap = await screen.findByRole("button", { name: "New blank map" });
    fillStorage();
    fireEvent.click(newMap);
    await quotaMessage();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Untitled journey");

    const file = new File(
      [JSON.stringify({ ...sample, title: "Opened on a full disk" })],
      "full.journey.json",
      {
        type: "application/json",
      },
    );
    fireEvent.change(screen.getByTestId("open-file-input"), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Opened on a full disk"),
    );
    await quotaMessage();
    expect(screen.queryByRole("alert", { name: "File could not be opened" })).toBeNull();

    // Both are held by this tab and listed on the start screen, even though the library lacks them.
    fireEvent.click(screen.getByRole("link", { name: /journeykit/ }));
    const list = await screen.findByRole("list", { name: "Maps not stored yet" });
    expect(within(list).getByRole("listitem", { name: "Untitled journey" })).toBeTruthy();
    expect(within(list).getByRole("listitem", { name: "Opened on a full disk" })).toBeTruthy();
    const { library } = await start;
    expect((await library.list()).maps.map((m) => m.title)).not.toContain("Opened on a full disk");
    fireEvent.click(within(list).getByRole("link", { name: "Opened on a full disk" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Opened on a full disk"),
    );
  });
});
