import { duplicateStage, removeStage, type Stage, updateStage } from "@journeykit/core";
import { TextField } from "../../fields/fields.js";
import { Section, useInspector } from "./inspector-parts.js";

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
        {[
          ...map.touchpoints
            .filter((t) => t.stageId === stage.id)
            .map((t) => ({ kind: "touchpoint" as const, id: t.id, label: `Touchpoint: ${t.name}` })),
          ...map.momentsOfTruth
            .filter((m) => m.stageId === stage.id)
            .map((m) => ({ kind: "moment" as const, id: m.id, label: `Moment of truth: ${m.title}` })),
          ...map.metrics
            .filter((m) => m.stageId === stage.id)
            .map((m) => ({
              kind: "metric" as const,
              id: m.id,
              label: `Metric: ${m.label || m.kind} ${m.value}`,
            })),
        ].map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="jk-link"
              onClick={() => store.getState().select({ kind: item.kind, id: item.id })}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
