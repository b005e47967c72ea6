import { getTemplate, type JourneyMap } from "@journeykit/core";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { LibraryContext, UnsavedMapsContext } from "../storage/library-context";
import { MemoryMapLibrary } from "../storage/memory-map-library";
import { UnsavedMaps } from "../storage/unsaved-maps";
import { OpenErrorPanel } from "./OpenErrorPanel";
import { RepairReportHost } from "./RepairReportHost";
import { useOpenFile } from "./use-open-file";

function Opener({ file }: { file: File }) {
  const { open, error, dismiss } = useOpenFile();
  return (
    <>
      <button type="button" onClick={() => void open(file)}>
        Open the file
      </button>
      {error && <OpenErrorPanel error={error} onDismiss={dismiss} />}
    </>
  );
}

function renderOpener(library: MemoryMapLibrary, file: File) {
  render(
    <LibraryContext.Provider value={library}>
      <UnsavedMapsContext.Provider value={new UnsavedMaps()}>
        <RepairReportHost>
          <Opener file={file} />
        </RepairReportHost>
      </UnsavedMapsContext.Provider>
    </LibraryContext.Provider>,
  );
}

/** A template map whose third card names a stage that is not there. */
function damagedMap(): { map: JourneyMap; lost: string } {
  const map = getTemplate("restaurant-complaint-recovery")!.create();
  const cards = map.cards.map((card, i) => (i === 2 ? { ...card, stageId: "stage-gone" } : card));
  return { map: { ...map, cards }, lost: map.cards[2]!.text };
}

beforeEach(() => {
  window.location.hash = "";
});

describe("useOpenFile with a damaged map file", () => {
  it("opens the repaired map as a new map beside the stored one and reports what was repaired", async () => {
    const { map, lost } = damagedMap();
    const library = new MemoryMapLibrary();
    // The file's map id is already stored: the repaired map must not overwrite it.
    const stored = getTemplate("restaurant-complaint-recovery")!.create();
    await library.save({ ...stored, title: "Stored, not to be overwritten" });
    renderOpener(library, new File([JSON.stringify(map)], "damaged.journey.json"));

    fireEvent.click(screen.getByRole("button", { name: "Open the file" }));
    const alert = await screen.findByRole("alert", { name: "File could not be opened" });
    expect(alert.textContent).toContain("stage-gone");
    fireEvent.click(within(alert).getByRole("button", { name: "Open and repair" }));

    const report = await screen.findByRole("dialog", { name: /^Repaired \d+ problems?$/ });
    expect(report.textContent).toContain(lost);
    expect(screen.queryByRole("alert", { name: "File could not be opened" })).toBeNull();
    const { maps } = await library.list();
    expect(maps).toHaveLength(2);
    const opened = maps.find((summary) => summary.id !== map.id)!;
    expect(window.location.hash).toBe(`#/map/${opened.id}`);
    expect((await library.load(map.id))?.title).toBe("Stored, not to be overwritten");
    const repaired = (await library.load(opened.id))!;
    expect(repaired.cards.map((card) => card.text)).not.toContain(lost);
    expect(JSON.stringify(repaired.meta)).toContain(lost);

    fireEvent.keyDown(document, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("never writes over a damaged stored entry that has the file's map id", async () => {
    const { map } = damagedMap();
    const library = new MemoryMapLibrary();
    await library.save({ ...map, title: "Damaged in storage" });
    renderOpener(library, new File([JSON.stringify(map)], "damaged.journey.json"));
    fireEvent.click(screen.getByRole("button", { name: "Open the file" }));
    fireEvent.click(await screen.findByRole("button", { name: "Open and repair" }));
    await screen.findByRole("dialog");
    const { maps, damaged } = await library.list();
    expect(damaged.map((entry) => entry.key)).toEqual([map.id]);
    expect(maps).toHaveLength(1);
    expect(maps[0]!.id).not.toBe(map.id);
  });

  it("says a file no repair can save cannot be repaired, and stores nothing", async () => {
    const library = new MemoryMapLibrary();
    renderOpener(library, new File(["{ not json"], "broken.journey.json"));
    fireEvent.click(screen.getByRole("button", { name: "Open the file" }));
    const alert = await screen.findByRole("alert", { name: "File could not be opened" });
    expect(alert.textContent).toContain("A repair cannot save this file either");
    expect(within(alert).queryByRole("button", { name: "Open and repair" })).toBeNull();
    expect((await library.list()).maps).toEqual([]);
    expect(window.location.hash).toBe("");
  });

  it("offers no repair for a file that is not a JSON map (a CSV)", async () => {
    renderOpener(new MemoryMapLibrary(), new File(["no,useful,header\n1,2,3\n"], "cards.csv"));
    fireEvent.click(screen.getByRole("button", { name: "Open the file" }));
    const alert = await screen.findByRole("alert", { name: "File could not be opened" });
    expect(alert.textContent).not.toMatch(/repair/i);
  });
});
