import { duplicateStage, removeStage, type Stage, updateStage } from "@journeykit/core";
import { TextField } from "../../components/fields";
import { Section, useInspector } from "./inspector-parts";

/** Edits a stage and lists its touchpoints, moments of truth and metrics. */
export function StageInspector({ stage }: { stage: Stage }) {
  const { store, map, dispatch } = useInspector();
  return (
    <Section
      title="Stage"
      actions={
        <button
          type="button"
          className="jk-button jk-button--small"
          onClick={() => dispatch(duplicateStage, { id: stage.id })}
        >
          Duplicate
        </button>
      }
      onDelete={() => dispatch(removeStage, { id: stage.id })}
    >
      <TextField
        label="Name"
        value={stage.name}
        onCommit={(name) => dispatch(updateStage, { id: stage.id, changes: { name } })}
      />
      <TextField
        label="Description"
        value={stage.description ?? ""}
        multiline
        onCommit={(description) =>
          dispatch(updateStage, { id: stage.id, changes: { description: description || undefined } })
        }
      />
      <h3 className="jk-subhead">In this stage</h3>
      <ul className="jk-link-list">
        {map.touchpoints
          .filter((t) => t.stageId === stage.id)
          .map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className="jk-link"
                onClick={() => store.getState().select({ kind: "touchpoint", id: t.id })}
              >
                Touchpoint: {t.name}
              </button>
            </li>
          ))}
        {map.momentsOfTruth
          .filter((m) => m.stageId === stage.id)
          .map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="jk-link"
                onClick={() => store.getState().select({ kind: "moment", id: m.id })}
              >
                Moment of truth: {m.title}
              </button>
            </li>
          ))}
        {map.metrics
          .filter((m) => m.stageId === stage.id)
          .map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="jk-link"
                onClick={() => store.getState().select({ kind: "metric", id: m.id })}
              >
                Metric: {m.label || m.kind} {m.value}
              </button>
            </li>
          ))}
      </ul>
    </Section>
  );
}
