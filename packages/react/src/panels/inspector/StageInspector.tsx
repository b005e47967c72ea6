import {
  duplicateStage,
  formatMetricValue,
  metricLabel,
  removeStage,
  type Stage,
  updateStage,
} from "@journeykit/core";
import { TextField } from "../../fields/fields.js";
import { fieldLabel } from "../../i18n/field-label.js";
import { useLabelOptions } from "../../i18n/use-label-options.js";
import { Section, useInspector } from "./inspector-parts.js";

/** Edits a stage and lists its touchpoints, moments of truth and metrics. */
export function StageInspector({ stage }: { stage: Stage }) {
  const { store, map, dispatch, t } = useInspector();
  const labels = useLabelOptions();
  return (
    <Section
      title={t("record.stage")}
      actions={
        <button
          type="button"
          className="jk-button jk-button--small"
          onClick={() => dispatch(duplicateStage, { id: stage.id })}
        >
          {t("inspector.duplicate")}
        </button>
      }
      onDelete={() => dispatch(removeStage, { id: stage.id })}
    >
      <TextField
        {...fieldLabel(t, "field.name")}
        value={stage.name}
        onCommit={(name) => dispatch(updateStage, { id: stage.id, changes: { name } })}
      />
      <TextField
        {...fieldLabel(t, "field.description")}
        value={stage.description ?? ""}
        multiline
        onCommit={(description) =>
          dispatch(updateStage, { id: stage.id, changes: { description: description || undefined } })
        }
      />
      <h3 className="jk-subhead">{t("inspector.inStage")}</h3>
      <ul className="jk-link-list">
        {[
          ...map.touchpoints
            .filter((tp) => tp.stageId === stage.id)
            .map((tp) => ({
              kind: "touchpoint" as const,
              id: tp.id,
              label: t("inspector.touchpointLink", { name: tp.name }),
            })),
          ...map.momentsOfTruth
            .filter((m) => m.stageId === stage.id)
            .map((m) => ({
              kind: "moment" as const,
              id: m.id,
              label: t("inspector.momentLink", { title: m.title }),
            })),
          ...map.metrics
            .filter((m) => m.stageId === stage.id)
            .map((m) => ({
              kind: "metric" as const,
              id: m.id,
              label: t("inspector.metricLink", {
                label: metricLabel(m, labels),
                value: formatMetricValue(m, labels),
              }),
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
