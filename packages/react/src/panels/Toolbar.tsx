import {
  addMetric,
  addMomentOfTruth,
  createMetric,
  createMomentOfTruth,
  LANE_KIND_TITLES,
  LANE_KINDS,
  type LaneKind,
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
          title: "New moment of truth",
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
    <div className="jk-toolbar" role="toolbar" aria-label="Journey map tools">
      {!readOnly && (
        <fieldset className="jk-toolbar-group">
          <legend className="jk-sr-only">Add</legend>
          <button
            type="button"
            className="jk-button"
            title="Add a stage after the selected one and type its name"
            onClick={act((s) =>
              addStageAfter(store, s.selection?.kind === "stage" ? s.selection.id : undefined),
            )}
          >
            + Stage
          </button>
          <span className="jk-split">
            <button type="button" className="jk-button" onClick={() => addLaneOfKind(store, laneKind)}>
              + Lane
            </button>
            <select
              aria-label="Kind of lane to add"
              value={laneKind}
              onChange={(event) => setLaneKind(event.target.value as LaneKind)}
            >
              {LANE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {LANE_KIND_TITLES[kind]}
                </option>
              ))}
            </select>
          </span>
          <button
            type="button"
            className="jk-button"
            aria-keyshortcuts="N"
            title="Add a card to the focused cell (N)"
            onClick={act((s) => {
              const cell = targetCell(s);
              if (cell) addCardToCell(store, cell);
            })}
          >
            + Card
          </button>
          <button
            type="button"
            className="jk-button"
            title="Add a touchpoint to the focused cell's stage (N in a Touchpoints cell)"
            onClick={act((s) => nameTouchpoint(root?.current, addTouchpointToStage(store, targetStage(s))))}
          >
            + Touchpoint
          </button>
          <button type="button" className="jk-button" onClick={addToStage("moment")}>
            + Moment
          </button>
          <button type="button" className="jk-button" onClick={addToStage("metric")}>
            + Metric
          </button>
          <button
            type="button"
            className="jk-button"
            title="Edit personas, their needs and empathy maps"
            onClick={act((s) => {
              const first = s.map.personas[0];
              if (first) s.select({ kind: "persona", id: first.id });
              panels.getState().show(PERSONAS_TAB);
            })}
          >
            Personas
          </button>
          <button type="button" className="jk-button" onClick={() => addNewPersona(store)}>
            + Persona
          </button>
        </fieldset>
      )}
      {!readOnly && (
        <fieldset className="jk-toolbar-group">
          <legend className="jk-sr-only">History</legend>
          <button
            type="button"
            className="jk-button"
            disabled={!canUndo}
            onClick={act((s) => s.undo())}
            aria-keyshortcuts="Control+Z Meta+Z"
            title="Undo (Ctrl/Cmd+Z)"
          >
            ↶ Undo
          </button>
          <button
            type="button"
            className="jk-button"
            disabled={!canRedo}
            onClick={act((s) => s.redo())}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            title="Redo (Ctrl/Cmd+Shift+Z)"
          >
            ↷ Redo
          </button>
        </fieldset>
      )}
      <fieldset className="jk-toolbar-group">
        <legend className="jk-sr-only">View</legend>
        <button type="button" className="jk-button" aria-label="Zoom out" onClick={() => void flow.zoomOut()}>
          −
        </button>
        <button type="button" className="jk-button" aria-label="Zoom in" onClick={() => void flow.zoomIn()}>
          +
        </button>
        <button
          type="button"
          className="jk-button"
          onClick={() => fitWhole({ duration: 200 })}
          title="Fit the whole journey on screen (an overview when card text would be too small to read)"
        >
          Fit
        </button>
        <button
          type="button"
          className="jk-button"
          onClick={() => fit({ duration: 200 })}
          title="Zoom to readable card text (the whole map if it fits, else its first stages)"
        >
          Readable
        </button>
        {!readOnly && !hostVotes && (
          <button
            type="button"
            className="jk-button"
            aria-pressed={voting}
            onClick={act((s) => s.setVoting(!s.voting))}
          >
            ● Vote
          </button>
        )}
      </fieldset>
    </div>
  );
}
