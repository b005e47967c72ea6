import { getTemplate, type JourneyMap } from "@journeykit/core";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { LibraryContext, UnsavedMapsContext } from "../storage/library-context";
import { MemoryMapLibrary } from "../storage/memory-map-library";
import { UnsavedMaps } from "../storage/unsaved-maps";
import { DamagedMapList } from "./DamagedMapList";
import { RepairReportHost } from "./RepairReportHost";

async function renderDamaged(library: MemoryMapLibrary) {
  const { damaged } = await library.list();
  render(
    <LibraryContext.Provider value={library}>
      <UnsavedMapsContext.Provider value={new UnsavedMaps()}>
        <RepairReportHost>
          <DamagedMapList damaged={damaged} />
        </RepairReportHost>
      </UnsavedMapsContext.Provider>
    </LibraryContext.Provider>,
  );
  return damaged;
}

beforeEach(() => {
  window.location.hash = "";
});

describe("<DamagedMapList>", () => {
  it("repairs a damaged stored map in its place, opens it and reports what was repaired", async () => {
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const lost = map.cards[1]!.text;
    const damagedMap = {
      ...map,
      cards: map.cards.map((card, i) => (i === 1 ? { ...card, stageId: "stage-gone" } : card)),
    };
    const library = new MemoryMapLibrary();
    await library.save(damagedMap as JourneyMap);
    await renderDamaged(library);

    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("1 stored map could not be read");
    fireEvent.click(within(alert).getByRole("button", { name: `Repair the stored map ${map.id}` }));

    const report = await screen.findByRole("dialog", { name: /^Repaired \d+ problems?$/ });
    expect(report.textContent).toContain(`The map “${map.title}” is repaired and open`);
    expect(report.textContent).toContain(lost);
    const { maps, damaged } = await library.list();
    expect(damaged).toEqual([]);
    expect(maps.map((summary) => summary.id)).toEqual([map.id]);
    expect(window.location.hash).toBe(`#/map/${map.id}`);
    expect(JSON.stringify((await library.load(map.id))?.meta)).toContain(lost);
  });

  it("says why a stored value no repair can save stays as it is", async () => {
    const library = new MemoryMapLibrary();
    await library.save({ format: "journeykit/map", version: 999, id: "map_from_the_future" } as never);
    await renderDamaged(library);
    fireEvent.click(screen.getByRole("button", { name: "Repair the stored map map_from_the_future" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("A repair cannot save"));
    expect(screen.queryByRole("button", { name: /^Repair the stored map/ })).toBeNull();
    expect((await library.list()).damaged).toHaveLength(1);
    expect(window.location.hash).toBe("");
  });
});
