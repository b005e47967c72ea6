import type { SlidePathCommand } from "../slides/slide-model.js";

const COMMAND = /([MLC])([^MLC]*)/g;

/**
 * The commands of SVG path data made of absolute moves, lines and cubic curves (what core's
 * `smoothPath` writes: "M 0 10 C 8 8, 42 0, 50 0"), each point through `at`. Other commands are not
 * read.
 *
 * @example
 * pathCommands("M 0 10 L 5 5", (x, y) => ({ x: 2 * x, y })); // [{ op: "M", x: 0, y: 10 }, { op: "L", x: 10, y: 5 }]
 */
export function pathCommands(
  d: string,
  at: (x: number, y: number) => { x: number; y: number } = (x, y) => ({ x, y }),
): SlidePathCommand[] {
  const commands: SlidePathCommand[] = [];
  for (const [, op, args] of d.matchAll(COMMAND)) {
    const v = (args ?? "")
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (op === "C")
      for (let i = 0; i + 5 < v.length; i += 6) {
        const c1 = at(v[i]!, v[i + 1]!);
        const c2 = at(v[i + 2]!, v[i + 3]!);
        const end = at(v[i + 4]!, v[i + 5]!);
        commands.push({ op: "C", x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y, x: end.x, y: end.y });
      }
    else
      for (let i = 0; i + 1 < v.length; i += 2)
        commands.push({ op: i === 0 ? (op as "M" | "L") : "L", ...at(v[i]!, v[i + 1]!) });
  }
  return commands;
}
