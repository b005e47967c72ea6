import {
  addMetric,
  addMomentOfTruth,
  createMetric,
  createMomentOfTruth,
  LANE_KINDS,
  type LaneKind,
  laneKindTitle,
} from "@journeykit/core";
import { useReactFlow } from "@xyflow/react";
import { useContext, useState } from "react";
import { nameTouchpoint } from "../canvas/name-touchpoint.js";
import { useReadableFit, useWholeFit } from "../canvas/use-fit.js";
import { addCardToCell } from "../commands/add-card-to-cell.js";
import { addLaneOfKind } from "../commands/add-lane-of-kind.js";
import { addNewPersona } from "../commands/add-new-persona.js";
import { addStageAfter } from "../commands/add-stage-after.js";
import { addTouchpointToStage } from "../commands/add-touchpoint-to-stage.js";
import { targetCell } from "../commands/target-cell.js";
import { targetStage } from "../commands/target-stage.js";
import { RootElementContext } from "../editor/root-context.js";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { focusInspector } from "./focus-inspector.js";
import { PERSONAS_TAB, usePanelStoreApi } from "./panel-store.js";

/** The stage an "add" action targets: the selected stage, or the stage of the selection, or the first. */
function targetStageId(state: ReturnType<ReturnType<typeof useStoreApi>["getState"]>): string | undefined {
  const { selection, map, focusedCell } = state;
  if (selection?.kind === "stage") return selection.id;
  const owner =
    selection?.kind === "card"
      ? map.cards.find((c) => c.id === selection.id)?.stageId
      : selection?.kind === "touchpoint"
        ? map.touchpoints.find((t) => t.id === selection.id)?.stageId
        : selection?.kind === "moment"
          ? map.momentsOfTruth.find((m) => m.id === selection.id)?.stageId
          : selection?.kind === "metric"
            ? map.metrics.find((m) => m.id === selection.id)?.stageId
            : undefined;
  return owner ?? focusedCell?.stageId ?? map.stages[0]?.id;
}

/**
 * Buttons for everything a person adds, undo/redo, zoom, and workshop voting. On a read-only editor
 * only the view's buttons stay (zoom, Fit, Readable): nothing there edits.
 */
export function Toolbar() {
  const store = useStoreApi();
  const panels = usePanelStoreApi();
  const flow = useReactFlow();
  const fit = useReadableFit();
  const fitWhole = useWholeFit();
  const root = useContext(RootElementContext);
  const text = useEditorText();
  const { t } = text;
  const canUndo = useJourneyMapStore((s) => s.canUndo);
  const canRedo = useJourneyMapStore((s) => s.canRedo);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const voting = useJourneyMapStore((s) => s.voting);
  // A host that counts votes (onVote) also decides when voting is on: no toggle of the editor's own.
  const hostVotes = useJourneyMapStore((s) => s.hostVotes);
  const [laneKind, setLaneKind] = useState<LaneKind>("painPoints");
  const act = (fn: (state: ReturnType<typeof store.getState>) => void) => () => fn(store.getState());
  /** Add a moment of truth or metric to the stage in focus, and select it. */
  const addToStage = (kind: "moment" | "metric") =>
    act((s) => {
      const stageId = targetStageId(s);
      if (!stageId && kind !== "metric") return;
      if (kind === "moment" && stageId) {
        const record = createMomentOfTruth({
          stageId,
          title: text.core("new.moment"),
          kind: "custom",
          importance: 3,
        });
        s.dispatch(addMomentOfTruth, { record });
        s.select({ kind, id: record.id });
      } else {
        const record = createMetric({ kind: "CSAT", value: 50, ...(stageId ? { stageId } : {}) });
        s.dispatch(addMetric, { record });
        s.select({ kind: "metric", id: record.id });
      }
      focusInspector(root?.current);
    });

  return (
    <div className="jk-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      {!readOnly && (
        <fieldset className="jk-toolbar-group">
          <legend className="jk-sr-only">{t("toolbar.add")}</legend>
          <button
            type="button"
            className="jk-button"
            title={t("toolbar.stageTitle")}
            onClick={act((s) =>
              addStageAfter(store, text, s.selection?.kind === "stage" ? s.selection.id : undefined),
            )}
          >
            {t("toolbar.stage")}
          </button>
          <span className="jk-split">
            <button type="button" className="jk-button" onClick={() => addLaneOfKind(store, text, laneKind)}>
              {t("toolbar.lane")}
            </button>
            <select
              aria-label={t("toolbar.laneKind")}
              value={laneKind}
              onChange={(event) => setLaneKind(event.target.value as LaneKind)}
            >
              {LANE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {laneKindTitle(kind, text.labels)}
                </option>
              ))}
            </select>
          </span>
          <button
            type="button"
            className="jk-button"
            aria-keyshortcuts="N"
            title={t("toolbar.cardTitle")}
            onClick={act((s) => {
              const cell = targetCell(s);
              if (cell) addCardToCell(store, cell);
            })}
          >
            {t("toolbar.card")}
          </button>
          <button
            type="button"
            className="jk-button"
            title={t("toolbar.touchpointTitle")}
            onClick={act((s) =>
              nameTouchpoint(store, root?.current, addTouchpointToStage(store, text, targetStage(s))),
            )}
          >
            {t("toolbar.touchpoint")}
          </button>
          <button type="button" className="jk-button" onClick={addToStage("moment")}>
            {t("toolbar.moment")}
          </button>
          <button type="button" className="jk-button" onClick={addToStage("metric")}>
            {t("toolbar.metric")}
          </button>
          <button
            type="button"
            className="jk-button"
            title={t("toolbar.personasTitle")}
            onClick={act((s) => {
              const first = s.map.personas[0];
              if (first) s.select({ kind: "persona", id: first.id });
              panels.getState().show(PERSONAS_TAB);
            })}
          >
            {t("personas.title")}
          </button>
          <button type="button" className="jk-button" onClick={() => addNewPersona(store, text)}>
            {t("toolbar.persona")}
          </button>
        </fieldset>
      )}
      {!readOnly && (
        <fieldset className="jk-toolbar-group">
          <legend className="jk-sr-only">{t("toolbar.history")}</legend>
          <button
            type="button"
            className="jk-button"
            disabled={!canUndo}
            onClick={act((s) => s.undo())}
            aria-keyshortcuts="Control+Z Meta+Z"
            title={t("toolbar.undoTitle")}
          >
            {t("toolbar.undo")}
          </button>
          <button
            type="button"
            className="jk-button"
            disabled={!canRedo}
            onClick={act((s) => s.redo())}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            title={t("toolbar.redoTitle")}
          >
            {t("toolbar.redo")}
          </button>
        </fieldset>
      )}
      <fieldset className="jk-toolbar-group">
        <legend className="jk-sr-only">{t("toolbar.view")}</legend>
        <button
          type="button"
          className="jk-button"
          aria-label={t("zoom.out")}
          onClick={() => void flow.zoomOut()}
        >
          −
        </button>
        <button
          type="button"
          className="jk-button"
          aria-label={t("zoom.in")}
          onClick={() => void flow.zoomIn()}
        >
          +
        </button>
        <button
          type="button"
          className="jk-button"
          onClick={() => fitWhole({ duration: 200 })}
          title={t("toolbar.fitTitle")}
        >
          {t("toolbar.fit")}
        </button>
        <button
          type="button"
          className="jk-button"
          onClick={() => fit({ duration: 200 })}
          title={t("toolbar.readableTitle")}
        >
          {t("toolbar.readable")}
        </button>
        {!readOnly && !hostVotes && (
          <button
            type="button"
            className="jk-button"
            aria-pressed={voting}
            onClick={act((s) => s.setVoting(!s.voting))}
          >
            {t("toolbar.vote")}
          </button>
        )}
      </fieldset>
    </div>
  );
}
