import type { OneToFive } from "@journeykit/core";
import type { ReactNode } from "react";
import { useEditorText } from "../../hooks/useEditorText.js";
import { useJourneyMapStore } from "../../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../../hooks/useStoreApi.js";

/** Ratings 1..5 as select options. */
export const RATING = [1, 2, 3, 4, 5].map((value) => ({ value: value as OneToFive, label: String(value) }));

/** Select options from a list of values. */
export const opts = <T extends string>(values: readonly T[], label: (v: T) => string = (v) => v) =>
  values.map((value) => ({ value, label: label(value) }));

/** What every inspector section works with: the store, the map, the editor's words, and ready-made options. */
export function useInspector() {
  const store = useStoreApi();
  const text = useEditorText();
  const map = useJourneyMapStore((s) => s.map);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const { dispatch } = store.getState();
  const stageOptions = map.stages.map((s) => ({ value: s.id, label: s.name }));
  const personaOptions = map.personas.map((p) => ({ value: p.id, label: p.name }));
  return { store, map, dispatch, readOnly, text, t: text.t, stageOptions, personaOptions };
}

/** A titled inspector section; its Delete button is hidden in read-only mode. */
export function Section({
  title,
  children,
  actions,
  onDelete,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  onDelete?: () => void;
}) {
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const { t } = useEditorText();
  return (
    <section className="jk-inspector-section" aria-label={title}>
      <header className="jk-inspector-head">
        <h2>{title}</h2>
        {!readOnly && actions}
        {!readOnly && onDelete && (
          <button type="button" className="jk-button jk-button--danger jk-button--small" onClick={onDelete}>
            {t("inspector.delete")}
          </button>
        )}
      </header>
      {children}
    </section>
  );
}
