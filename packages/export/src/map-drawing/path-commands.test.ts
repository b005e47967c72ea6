import { smoothPath } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { pathCommands } from "./path-commands.js";

describe("pathCommands", () => {
  it("reads core's smooth curves as a move and cubic curves, each point through the frame", () => {
    const d = smoothPath([
      { x: 0, y: 10 },
      { x: 50, y: 0 },
      { x: 100, y: 20 },
    ]);
    const commands = pathCommands(d, (x, y) => ({ x: x + 1, y: 2 * y }));
    expect(commands.map((c) => c.op)).toEqual(["M", "C", "C"]);
    expect(commands[0]).toEqual({ op: "M", x: 1, y: 20 });
    expect(commands.at(-1)).toMatchObject({ op: "C", x: 101, y: 40 });
  });

  it("reads lines, several pairs after one letter, and nothing from an empty path", () => {
    expect(pathCommands("M 0 0 L 5 5 10 0")).toEqual([
      { op: "M", x: 0, y: 0 },
      { op: "L", x: 5, y: 5 },
      { op: "L", x: 10, y: 0 },
    ]);
    expect(pathCommands("")).toEqual([]);
  });
});
