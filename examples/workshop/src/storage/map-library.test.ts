import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { MapLibrary } from "./map-library";

let n = 0;
const freshLibrary = () => new MapLibrary(`test-${n++}`);

describe("MapLibrary", () => {
  it("keeps several maps side by side, newest first", async () => {
    const library = freshLibrary();
    const older = createJourneyMap({ title: "Older", now: new Date("2026-01-01T00:00:00Z") });
    const newer = createJourneyMap({ title: "Newer", now: new Date("2026-02-01T00:00:00Z") });
    await library.save(older);
    await library.save(newer);
    const { maps } = await library.list();
    expect(maps.map((m) => m.title)).toEqual(["Newer", "Older"]);
    expect(await library.load(older.id)).toEqual(older);
  });

  it("reports a damaged entry instead of loading it", async () => {
    const library = freshLibrary();
    const map = createJourneyMap();
    await library.save({ ...map, stages: [{ id: 5 }] } as never);
    const { maps, damaged } = await library.list();
    expect(maps).toEqual([]);
    expect(damaged[0]?.errors.join()).toMatch(/stages\[0\]/);
    await expect(library.load(map.id)).rejects.toThrow(/damaged/);
  });

  it("removes a map", async () => {
    const library = freshLibrary();
    const map = createJourneyMap();
    await library.save(map);
    await library.remove(map.id);
    expect(await library.load(map.id)).toBeUndefined();
  });
});
