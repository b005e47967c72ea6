import { describe, expect, it } from "vitest";
import { setAsideRecords } from "./set-aside-records";

describe("setAsideRecords", () => {
  it("reads each set-aside record's collection, the text people wrote in it, and why", () => {
    const meta = {
      "journeykit.setAside": [
        {
          collection: "cards",
          record: { id: "c9", stageId: "s9", laneId: "l1", text: "Long wait at the counter" },
          reason: 'its stage "s9" does not exist',
        },
        {
          collection: "stages",
          record: { id: "s1", name: "Arrive", description: "Parking is hard", order: "x" },
          reason: "its order is not a number",
        },
      ],
    };
    expect(setAsideRecords({ meta })).toEqual([
      { collection: "cards", texts: ["Long wait at the counter"], reason: 'its stage "s9" does not exist' },
      { collection: "stages", texts: ["Arrive", "Parking is hard"], reason: "its order is not a number" },
    ]);
  });

  it("is empty for a map without set-aside records", () => {
    expect(setAsideRecords({})).toEqual([]);
    expect(setAsideRecords({ meta: { other: 1 } })).toEqual([]);
    expect(setAsideRecords({ meta: { "journeykit.setAside": "not a list" } })).toEqual([]);
  });

  it("lists an entry of another shape with what can be read of it, never hides it", () => {
    const meta = {
      "journeykit.setAside": [
        { collection: "gadgets", record: { id: "g1", parentId: "c2", label: "hi", size: 3 } },
        { record: 5 },
      ],
    };
    expect(setAsideRecords({ meta })).toEqual([
      { collection: "gadgets", texts: ["hi"], reason: "" },
      { collection: "", texts: [], reason: "" },
    ]);
  });
});
