import { describe, expect, it } from "vitest";
import { parseRoute, routeHref } from "./route";

describe("routes", () => {
  it("round-trips map ids, including characters that need encoding", () => {
    for (const id of ["map_abc", "map with space", "m/ä#1"]) {
      expect(parseRoute(routeHref({ screen: "map", id }))).toEqual({ screen: "map", id });
    }
  });
  it("falls back to the start screen", () => {
    expect(parseRoute("")).toEqual({ screen: "start" });
    expect(parseRoute("#/elsewhere")).toEqual({ screen: "start" });
  });
});
