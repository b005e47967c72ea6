import { addStage, createStage } from "@journeykit/core";
import type { EditorText } from "../i18n/editor-catalogue.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";

/**
 * Adds a stage after `afterId` (at the end when omitted or unknown), named "Stage N" in the editor's
 * language, selects it and opens its name for typing. Returns the new stage's id (`undefined` when read-only or refused).
 *
 * @example
 * const id = addStageAfter(store, text, selectedStageId);
 */
export function addStageAfter(
  store: JourneyMapStore,
  text: EditorText,
  afterId?: string,
): string | undefined {
  const state = store.getState();
  if (state.readOnly) return undefined;
  const after = afterId ? state.map.stages.findIndex((s) => s.id === afterId) : -1;
  const record = createStage({ name: text.t("record.newStage", { number: state.map.stages.length + 1 }) });
  state.dispatch(addStage, { record, ...(after >= 0 ? { index: after + 1 } : {}) });
  if (!store.getState().map.stages.some((s) => s.id === record.id)) return undefined;
  state.select({ kind: "stage", id: record.id });
  state.startRenaming({ kind: "stage", id: record.id });
  return record.id;
}
