import { type JourneyMap, quoteCount } from "@journeykit/core";
import { applyEvidence, type EvidenceAnalysis } from "@journeykit/evidence";
import type { JourneyMapEditorHandle } from "@journeykit/react";
import { useEffect, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { WorkshopText } from "../i18n/workshop-catalogue";
import { AddEvidenceDialog } from "./AddEvidenceDialog";
import { EVIDENCE_FILE } from "./evidence-session";

/** The Insights panel's element id (see `InsightsPanel`). */
const INSIGHTS_ID = "ws-insights";

const isFileDrag = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

/** What the last import added, said once it is on the map. */
function addedSummary(analysis: EvidenceAnalysis, { t, labels }: WorkshopText): string {
  const parts = [
    t("evidence.metrics", { count: analysis.metrics.length }),
    quoteCount(analysis.quotes.length, labels),
    t("evidence.points", { count: analysis.emotions.length }),
    ...(analysis.painPoints.length ? [t("evidence.painPoints", { count: analysis.painPoints.length })] : []),
    ...(analysis.moments.length ? [t("evidence.moments", { count: analysis.moments.length })] : []),
  ];
  return t("evidence.added", { source: analysis.source.name, parts: parts.join(", ") });
}

/**
 * The workshop's "Add evidence" button, and a survey export (.csv, .xlsx) dropped anywhere on the map
 * screen: both open the import dialog. Add to map applies the previewed analysis through the editor
 * (`apply(applyEvidence, analysis)`: one undo step) and opens the Insights tab.
 */
export function EvidenceImport({
  map,
  editor,
  disabled = false,
}: {
  map: JourneyMap;
  /** The editor the import goes into (through its history: one undo step). */
  editor: () => JourneyMapEditorHandle | null;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File | undefined>();
  const [added, setAdded] = useState<string | undefined>();
  const [applied, setApplied] = useState(0);
  const text = useWorkshopText();
  const { t } = text;

  // After an import, focus goes to the Insights panel inside the editor: what the data says is read
  // there, and Ctrl+Z (the editor's own shortcut) takes the import back from there.
  useEffect(() => {
    if (applied === 0) return;
    const focusInsights = () => document.getElementById(INSIGHTS_ID)?.focus();
    focusInsights();
    const frame = requestAnimationFrame(focusInsights);
    return () => cancelAnimationFrame(frame);
  }, [applied]);

  useEffect(() => {
    if (disabled) return;
    const over = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const drop = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      // A dropped file never makes the browser leave the map for it.
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file || !EVIDENCE_FILE.test(file.name)) return;
      setDropped(file);
      setOpen(true);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [disabled]);

  const close = () => {
    setOpen(false);
    setDropped(undefined);
  };
  return (
    <>
      <button
        type="button"
        className="ws-button"
        disabled={disabled}
        title={t("evidence.buttonTitle")}
        onClick={() => {
          setAdded(undefined);
          setOpen(true);
        }}
      >
        {t("evidence.button")}
      </button>
      {open && (
        <AddEvidenceDialog
          map={map}
          file={dropped}
          onClose={close}
          onApply={(analysis) => {
            const handle = editor();
            if (!handle) return;
            handle.apply(applyEvidence, analysis);
            // The Insights tab shows what the data says: the disagreements and the quotes.
            handle.showPanel("insights");
            setAdded(addedSummary(analysis, text));
            close();
            setApplied((n) => n + 1);
          }}
        />
      )}
      {added && (
        <div className="ws-toast ws-toast-done ws-ev-toast" role="status" aria-live="polite">
          {added}
          <button
            type="button"
            className="ws-button ws-button-quiet"
            aria-label={t("common.dismiss")}
            onClick={() => setAdded(undefined)}
          >
            ×
          </button>
        </div>
      )}
    </>
  );
}
