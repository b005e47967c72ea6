/** The drag data type of a touchpoint chip dragged between stage headers (its id). */
export const TOUCHPOINT_DRAG_TYPE = "application/x-journeykit-touchpoint";

/** Whether a drag carries a touchpoint chip. */
export const carriesTouchpoint = (data: DataTransfer | null): boolean =>
  !!data && [...data.types].includes(TOUCHPOINT_DRAG_TYPE);

/**
 * Where a chip dropped on a stage header lands among the stage's touchpoints: before the chip it was
 * dropped on (its place among the others, the dragged one left out), else last.
 *
 * @example
 * chipDropIndex(["a", "b", "c"], "a", "c"); // 1: before "c" once "a" is out
 */
export function chipDropIndex(
  stageTouchpointIds: readonly string[],
  draggedId: string,
  onId?: string,
): number {
  const others = stageTouchpointIds.filter((id) => id !== draggedId);
  const at = onId === undefined ? -1 : others.indexOf(onId);
  return at >= 0 ? at : others.length;
}
