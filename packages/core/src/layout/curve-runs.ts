/**
 * A curve's points split where it skips a stage: each run holds points on neighbouring stages (in
 * `stageIds` order), so a line is drawn only between stages that both have a score. A measured curve
 * drawn across a stage nobody rated would show customers' feeling where the data says nothing.
 * Points on stages not in `stageIds` are left out; a run of one point is kept (drawn as its point).
 *
 * @example
 * curveRuns([{ stageId: "a" }, { stageId: "b" }, { stageId: "d" }], ["a", "b", "c", "d"]);
 * // [[{ stageId: "a" }, { stageId: "b" }], [{ stageId: "d" }]]
 */
export function curveRuns<P extends { stageId: string }>(
  points: readonly P[],
  stageIds: readonly string[],
): P[][] {
  const order = new Map(stageIds.map((id, i) => [id, i] as const));
  const placed = points
    .filter((p) => order.has(p.stageId))
    .sort((a, b) => order.get(a.stageId)! - order.get(b.stageId)!);
  const runs: P[][] = [];
  let previous = Number.NaN;
  for (const point of placed) {
    const index = order.get(point.stageId)!;
    if (index === previous + 1 && runs.length > 0) runs.at(-1)!.push(point);
    else runs.push([point]);
    previous = index;
  }
  return runs;
}
