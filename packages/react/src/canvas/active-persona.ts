import type { JourneyMapState } from "../store/create-journey-map-store.js";

/**
 * The persona whose emotion points can be added and moved: the focused persona (◎ in the legend),
 * else the selected one, else the first persona whose curve is shown; `null` when none is shown.
 */
export function activePersonaId(
  state: Pick<JourneyMapState, "map" | "selection" | "focusedPersonaId" | "hiddenPersonaIds">,
): string | null {
  const shown = (id: string | null | undefined): id is string =>
    !!id && !state.hiddenPersonaIds.includes(id) && state.map.personas.some((p) => p.id === id);
  if (shown(state.focusedPersonaId)) return state.focusedPersonaId;
  if (state.selection?.kind === "persona" && shown(state.selection.id)) return state.selection.id;
  return state.map.personas.find((p) => shown(p.id))?.id ?? null;
}
