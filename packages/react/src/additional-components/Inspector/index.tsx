import {
  type Card,
  CHANNELS,
  duplicateStage,
  EVIDENCE_LEVELS,
  LANE_KIND_TITLES,
  LANE_KINDS,
  METRIC_KINDS,
  METRIC_RANGES,
  MOMENT_KINDS,
  MOMENT_OUTCOMES,
  type OneToFive,
  removeCard,
  removeLane,
  removeMetric,
  removeMomentOfTruth,
  removeStage,
  removeTouchpoint,
  updateCard,
  updateLane,
  updateMap,
  updateMetric,
  updateMomentOfTruth,
  updateStage,
  updateTouchpoint,
} from "@journeykit/core";
import type { ReactNode } from "react";
import { NumberField, SelectField, StringListField, TextField } from "../../components/fields";
import { useJourneyMapStore } from "../../hooks/useJourneyMapStore";
import { useStoreApi } from "../../hooks/useStoreApi";
import { PersonaPanel } from "../PersonaPanel";

const RATING = [1, 2, 3, 4, 5].map((value) => ({ value: value as OneToFive, label: String(value) }));
const opts = <T extends string>(values: readonly T[], label: (v: T) => string = (v) => v) =>
  values.map((value) => ({ value, label: label(value) }));

function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="jk-inspector-section" aria-label={title}>
      <header className="jk-inspector-head">
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

function DeleteButton({ label, onDelete }: { label: string; onDelete: () => void }) {
  return (
    <button type="button" className="jk-button jk-button--danger jk-button--small" onClick={onDelete}>
      {label}
    </button>
  );
}

/** Edits whatever is selected: card, stage, lane, touchpoint, moment of truth, metric, persona, or the map itself. */
export function Inspector() {
  const store = useStoreApi();
  const map = useJourneyMapStore((s) => s.map);
  const selection = useJourneyMapStore((s) => s.selection);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const { dispatch } = store.getState();
  const stageOptions = map.stages.map((s) => ({ value: s.id, label: s.name }));
  const personaOptions = map.personas.map((p) => ({ value: p.id, label: p.name }));

  let body: ReactNode;
  const card = selection?.kind === "card" ? map.cards.find((c) => c.id === selection.id) : undefined;
  const stage = selection?.kind === "stage" ? map.stages.find((s) => s.id === selection.id) : undefined;
  const lane = selection?.kind === "lane" ? map.lanes.find((l) => l.id === selection.id) : undefined;
  const touchpoint =
    selection?.kind === "touchpoint" ? map.touchpoints.find((t) => t.id === selection.id) : undefined;
  const moment =
    selection?.kind === "moment" ? map.momentsOfTruth.find((m) => m.id === selection.id) : undefined;
  const metric = selection?.kind === "metric" ? map.metrics.find((m) => m.id === selection.id) : undefined;

  if (card) {
    const kind = map.lanes.find((l) => l.id === card.laneId)?.kind;
    const set = (changes: Partial<Card>) => dispatch(updateCard, { id: card.id, changes });
    body = (
      <Section
        title="Card"
        actions={
          !readOnly && <DeleteButton label="Delete" onDelete={() => dispatch(removeCard, { id: card.id })} />
        }
      >
        <TextField
          label="Text"
          value={card.text}
          multiline
          readOnly={readOnly}
          onCommit={(text) => set({ text })}
        />
        <SelectField
          label="Persona"
          value={card.personaId}
          none="Everyone"
          options={personaOptions}
          readOnly={readOnly}
          onChange={(personaId) => set({ personaId })}
        />
        <SelectField
          label="Touchpoint"
          value={card.touchpointId}
          none="None"
          options={map.touchpoints
            .filter((t) => t.stageId === card.stageId)
            .map((t) => ({ value: t.id, label: t.name }))}
          readOnly={readOnly}
          onChange={(touchpointId) => set({ touchpointId })}
        />
        {(kind === "painPoints" || card.severity !== undefined) && (
          <SelectField
            label="Severity"
            value={card.severity}
            none="Not rated"
            options={RATING}
            readOnly={readOnly}
            onChange={(severity) => set({ severity })}
          />
        )}
        {(kind === "opportunities" || card.impact !== undefined || card.effort !== undefined) && (
          <div className="jk-field-row">
            <SelectField
              label="Impact"
              value={card.impact}
              none="—"
              options={RATING}
              readOnly={readOnly}
              onChange={(impact) => set({ impact })}
            />
            <SelectField
              label="Effort"
              value={card.effort}
              none="—"
              options={RATING}
              readOnly={readOnly}
              onChange={(effort) => set({ effort })}
            />
          </div>
        )}
        <SelectField
          label="Evidence"
          value={card.evidence}
          none="Not stated"
          options={opts(EVIDENCE_LEVELS)}
          readOnly={readOnly}
          onChange={(evidence) => set({ evidence })}
        />
        <NumberField
          label="Votes"
          value={card.votes}
          min={0}
          max={1_000_000}
          step={1}
          optional
          readOnly={readOnly}
          onCommit={(votes) => set({ votes: votes || undefined })}
        />
        <TextField
          label="Tags (comma separated)"
          value={(card.tags ?? []).join(", ")}
          readOnly={readOnly}
          onCommit={(text) => {
            const tags = text
              .split(",")
              .map((t) => t.trim())
              .filter(Boolean);
            set({ tags: tags.length ? tags : undefined });
          }}
        />
      </Section>
    );
  } else if (stage) {
    body = (
      <Section
        title="Stage"
        actions={
          !readOnly && (
            <>
              <button
                type="button"
                className="jk-button jk-button--small"
                onClick={() => dispatch(duplicateStage, { id: stage.id })}
              >
                Duplicate
              </button>
              <DeleteButton label="Delete" onDelete={() => dispatch(removeStage, { id: stage.id })} />
            </>
          )
        }
      >
        <TextField
          label="Name"
          value={stage.name}
          readOnly={readOnly}
          onCommit={(name) => dispatch(updateStage, { id: stage.id, changes: { name } })}
        />
        <TextField
          label="Description"
          value={stage.description ?? ""}
          multiline
          readOnly={readOnly}
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
  } else if (lane) {
    body = (
      <Section
        title="Lane"
        actions={
          !readOnly && <DeleteButton label="Delete" onDelete={() => dispatch(removeLane, { id: lane.id })} />
        }
      >
        <TextField
          label="Title"
          value={lane.title}
          readOnly={readOnly}
          onCommit={(title) => dispatch(updateLane, { id: lane.id, changes: { title } })}
        />
        <SelectField
          label="Kind"
          value={lane.kind}
          options={opts(LANE_KINDS, (k) => LANE_KIND_TITLES[k])}
          readOnly={readOnly}
          onChange={(kind) => kind && dispatch(updateLane, { id: lane.id, changes: { kind } })}
        />
      </Section>
    );
  } else if (touchpoint) {
    const set = (changes: Partial<typeof touchpoint>) =>
      dispatch(updateTouchpoint, { id: touchpoint.id, changes });
    body = (
      <Section
        title="Touchpoint"
        actions={
          !readOnly && (
            <DeleteButton label="Delete" onDelete={() => dispatch(removeTouchpoint, { id: touchpoint.id })} />
          )
        }
      >
        <TextField
          label="Name"
          value={touchpoint.name}
          readOnly={readOnly}
          onCommit={(name) => set({ name })}
        />
        <SelectField
          label="Channel"
          value={touchpoint.channel}
          options={opts(CHANNELS)}
          readOnly={readOnly}
          onChange={(channel) => channel && set({ channel })}
        />
        <TextField
          label="Owner"
          value={touchpoint.owner ?? ""}
          readOnly={readOnly}
          onCommit={(owner) => set({ owner: owner || undefined })}
        />
        <TextField
          label="Description"
          value={touchpoint.description ?? ""}
          multiline
          readOnly={readOnly}
          onCommit={(description) => set({ description: description || undefined })}
        />
      </Section>
    );
  } else if (moment) {
    const set = (changes: Partial<typeof moment>) =>
      dispatch(updateMomentOfTruth, { id: moment.id, changes });
    body = (
      <Section
        title="Moment of truth"
        actions={
          !readOnly && (
            <DeleteButton label="Delete" onDelete={() => dispatch(removeMomentOfTruth, { id: moment.id })} />
          )
        }
      >
        <TextField
          label="Title"
          value={moment.title}
          readOnly={readOnly}
          onCommit={(title) => set({ title })}
        />
        <SelectField
          label="Kind"
          value={moment.kind}
          options={opts(
            MOMENT_KINDS,
            (k) =>
              ({
                ZMOT: "ZMOT: zero (research)",
                FMOT: "FMOT: first encounter",
                SMOT: "SMOT: experience",
                UMOT: "UMOT: ultimate (sharing)",
                custom: "Custom",
              })[k],
          )}
          readOnly={readOnly}
          onChange={(kind) => kind && set({ kind })}
        />
        <SelectField
          label="Importance"
          value={moment.importance}
          options={RATING}
          readOnly={readOnly}
          onChange={(importance) => importance && set({ importance })}
        />
        <SelectField
          label="Outcome"
          value={moment.outcome}
          none="Unknown"
          options={opts(MOMENT_OUTCOMES)}
          readOnly={readOnly}
          onChange={(outcome) => set({ outcome })}
        />
        <SelectField
          label="Stage"
          value={moment.stageId}
          options={stageOptions}
          readOnly={readOnly}
          onChange={(stageId) => stageId && set({ stageId, touchpointId: undefined })}
        />
        <TextField
          label="Description"
          value={moment.description ?? ""}
          multiline
          readOnly={readOnly}
          onCommit={(description) => set({ description: description || undefined })}
        />
      </Section>
    );
  } else if (metric) {
    const range = METRIC_RANGES[metric.kind];
    const set = (changes: Partial<typeof metric>) => dispatch(updateMetric, { id: metric.id, changes });
    body = (
      <Section
        title="Metric"
        actions={
          !readOnly && (
            <DeleteButton label="Delete" onDelete={() => dispatch(removeMetric, { id: metric.id })} />
          )
        }
      >
        <SelectField
          label="Kind"
          value={metric.kind}
          options={opts(METRIC_KINDS)}
          readOnly={readOnly}
          onChange={(kind) => kind && set({ kind })}
        />
        <TextField
          label="Label"
          value={metric.label ?? ""}
          readOnly={readOnly}
          onCommit={(label) => set({ label: label || undefined })}
        />
        <NumberField
          label="Value"
          value={metric.value}
          {...(range ?? {})}
          readOnly={readOnly}
          onCommit={(value) => value !== undefined && set({ value })}
        />
        <NumberField
          label="Target"
          value={metric.target}
          {...(range ?? {})}
          optional
          readOnly={readOnly}
          onCommit={(target) => set({ target })}
        />
        <NumberField
          label="Sample size"
          value={metric.sampleSize}
          min={0}
          max={1e9}
          step={1}
          optional
          readOnly={readOnly}
          onCommit={(sampleSize) => set({ sampleSize })}
        />
        <TextField
          label="Source"
          value={metric.source ?? ""}
          readOnly={readOnly}
          onCommit={(source) => set({ source: source || undefined })}
        />
        <SelectField
          label="Stage"
          value={metric.stageId}
          none="Whole journey"
          options={stageOptions}
          readOnly={readOnly}
          onChange={(stageId) => set({ stageId, touchpointId: undefined })}
        />
      </Section>
    );
  } else if (selection?.kind === "persona") {
    body = <PersonaPanel personaId={selection.id} />;
  } else {
    body = (
      <Section title="Journey map">
        <TextField
          label="Title"
          value={map.title}
          readOnly={readOnly}
          onCommit={(title) => dispatch(updateMap, { changes: { title } })}
        />
        <TextField
          label="Description"
          value={map.description ?? ""}
          multiline
          readOnly={readOnly}
          onCommit={(description) =>
            dispatch(updateMap, { changes: { description: description || undefined } })
          }
        />
        <SelectField
          label="State"
          value={map.state}
          options={[
            { value: "current" as const, label: "Current state" },
            { value: "future" as const, label: "Future state" },
          ]}
          readOnly={readOnly}
          onChange={(state) => state && dispatch(updateMap, { changes: { state } })}
        />
        <StringListField
          label="Tags"
          values={map.tags ?? []}
          readOnly={readOnly}
          onChange={(tags) => dispatch(updateMap, { changes: { tags } })}
        />
        <p className="jk-hint">Select a card, stage, lane, touchpoint, moment or persona to edit it.</p>
      </Section>
    );
  }
  return (
    <aside className="jk-inspector" aria-label="Inspector">
      {body}
    </aside>
  );
}
