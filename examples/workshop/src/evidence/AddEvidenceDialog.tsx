import type { JourneyMap } from "@journeykit/core";
import type { ColumnMapping, EvidenceAnalysis, MentionRule } from "@journeykit/evidence";
import { useCallback, useEffect, useRef, useState } from "react";
import { createWorkerRunner, type EvidenceRunner } from "./evidence-runner";
import type { TableSummary } from "./evidence-session";
import { FileStep, type ReadState } from "./FileStep";
import { MappingStep } from "./MappingStep";
import { PreviewStep } from "./PreviewStep";
import { withChosenPainPoints } from "./pain-point-choice";
import { TableStep } from "./TableStep";
import { useFocusTrap } from "./use-focus-trap";
import "./evidence.css";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** The four steps; each one's title is `evidence.step.<id>` in the catalogue. */
const STEPS = [{ id: "file" }, { id: "table" }, { id: "columns" }, { id: "preview" }] as const;
type Step = (typeof STEPS)[number]["id"];

/** How long the mapping rests before the rows are placed again. */
const ANALYZE_DELAY_MS = 200;

/**
 * "Add evidence": a survey or feedback export into the map in four steps (file, table, columns,
 * preview). Reading and analysis run in a Web Worker (`createRunner`); nothing touches the map until
 * Add to map, which hands the analysis to `onApply` (one undo step) with only the suggested pain points
 * the consultant ticked in the preview (none by default).
 */
export function AddEvidenceDialog({
  map: opened,
  file,
  onApply,
  onClose,
  createRunner = createWorkerRunner,
}: {
  /** The map the import is for (as it was when the dialog opened). */
  map: JourneyMap;
  /** A file dropped on the app: read at once (a new one replaces the current import). */
  file?: File | undefined;
  onApply: (analysis: EvidenceAnalysis) => void;
  onClose: () => void;
  createRunner?: () => EvidenceRunner;
}) {
  // The import is worked out against the map as it was when the dialog opened.
  const [map] = useState(opened);
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const runner = useRef<EvidenceRunner | null>(null);
  const [step, setStep] = useState<Step>("file");
  const [reading, setReading] = useState<ReadState | undefined>();
  const [readError, setReadError] = useState<string | undefined>();
  const [summary, setSummary] = useState<TableSummary | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [rules, setRules] = useState<MentionRule[]>([]);
  // The earlier import whose placement is in use (until "Detect again"); bumped to refill the rule fields.
  const [reused, setReused] = useState<TableSummary["reused"]>();
  const [rulesVersion, setRulesVersion] = useState(0);
  const [analysis, setAnalysis] = useState<EvidenceAnalysis | undefined>();
  const [analyzing, setAnalyzing] = useState(false);
  const [analysisError, setAnalysisError] = useState<string | undefined>();
  // Suggested pain points the consultant ticked (`painPointKey`): none until ticked.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { t } = useWorkshopText();
  useFocusTrap(root, onClose);

  useEffect(() => {
    runner.current = createRunner();
    return () => {
      runner.current?.dispose();
      runner.current = null;
    };
  }, [createRunner]);

  const read = useCallback(
    async (picked: File) => {
      const current = runner.current;
      if (!current) return;
      setStep("file");
      setReadError(undefined);
      setSummary(undefined);
      setAnalysis(undefined);
      setChosen(new Set());
      setReading({ fileName: picked.name, fraction: 0, rows: 0 });
      try {
        const read = await current.read(picked, map, (fraction, rows) =>
          setReading({ fileName: picked.name, fraction, rows }),
        );
        setSummary(read);
        setMapping(read.mapping);
        setRules(read.rules);
        setReused(read.reused);
        setRulesVersion((v) => v + 1);
        setStep("table");
      } catch (error) {
        setReadError(error instanceof Error ? error.message : String(error));
      } finally {
        setReading(undefined);
      }
    },
    [map],
  );

  useEffect(() => {
    if (file) void read(file);
  }, [file, read]);

  // The rows are placed again whenever the mapping or the rules change (the unassigned count, the
  // preview); going from the columns to the preview keeps the analysis already made.
  const wantsAnalysis = step === "columns" || step === "preview";
  useEffect(() => {
    if (!summary || !mapping || !wantsAnalysis) return;
    let live = true;
    setAnalyzing(true);
    const timer = setTimeout(() => {
      runner.current
        ?.analyze(map, mapping, rules, summary.fileName)
        .then(
          (result) => {
            if (!live) return;
            setAnalysis(result);
            setAnalysisError(undefined);
          },
          (error: unknown) =>
            live && setAnalysisError(error instanceof Error ? error.message : String(error)),
        )
        .finally(() => live && setAnalyzing(false));
    }, ANALYZE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [map, summary, mapping, rules, wantsAnalysis]);

  // Each step starts with its heading focused, so a screen reader says where the person is.
  useEffect(() => {
    if (step !== "file") heading.current?.focus();
  }, [step]);

  const index = STEPS.findIndex((s) => s.id === step);
  const current = STEPS[index] ?? STEPS[0];
  const ready =
    step === "table" || (step === "columns" && !!mapping) || (step === "preview" && !!analysis && !analyzing);
  const next = () => {
    if (step === "table") setStep("columns");
    else if (step === "columns") setStep("preview");
    else if (step === "preview" && analysis) onApply(withChosenPainPoints(analysis, chosen));
  };
  const back = () => setStep(STEPS[Math.max(0, index - 1)]?.id ?? "file");

  return (
    <div className="ws-modal-backdrop">
      <div
        ref={root}
        className="ws-ev-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="ws-ev-title"
        aria-describedby="ws-ev-step-title"
        tabIndex={-1}
      >
        <header className="ws-ev-head">
          <h2 id="ws-ev-title">{t("evidence.title")}</h2>
          <ol className="ws-ev-steps" aria-label={t("evidence.steps")}>
            {STEPS.map((s, i) => (
              <li
                key={s.id}
                className={i === index ? "ws-ev-step-current" : i < index ? "ws-ev-step-done" : ""}
                aria-current={i === index ? "step" : undefined}
              >
                <span className="ws-ev-step-number">{i + 1}</span>
                <span className="ws-ev-step-title">{t(`evidence.step.${s.id}`)}</span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="ws-button ws-button-quiet ws-ev-close"
            aria-label={t("common.close")}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <h3 id="ws-ev-step-title" ref={heading} tabIndex={-1} className="ws-ev-step-heading">
          {t("evidence.stepOf", {
            index: index + 1,
            count: STEPS.length,
            title: t(`evidence.step.${current.id}`),
          })}
        </h3>
        <div className="ws-ev-body">
          {step === "file" && <FileStep reading={reading} error={readError} onFile={(f) => void read(f)} />}
          {step === "table" && summary && <TableStep summary={summary} />}
          {step === "columns" && summary && mapping && (
            <MappingStep
              map={map}
              summary={summary}
              mapping={mapping}
              rules={rules}
              analysis={analysis}
              analyzing={analyzing}
              onMapping={setMapping}
              onRules={setRules}
              reused={reused}
              rulesVersion={rulesVersion}
              onDetectAgain={() => {
                if (!summary.detected) return;
                setMapping(summary.detected.mapping);
                setRules(summary.detected.rules);
                setReused(undefined);
                setRulesVersion((v) => v + 1);
              }}
            />
          )}
          {step === "preview" &&
            (analysis && !analyzing ? (
              <PreviewStep
                map={map}
                analysis={analysis}
                chosen={chosen}
                onChoose={(key, ticked) =>
                  setChosen((before) => {
                    const next = new Set(before);
                    if (ticked) next.add(key);
                    else next.delete(key);
                    return next;
                  })
                }
              />
            ) : (
              !analysisError && (
                <p className="ws-ev-muted" role="status">
                  {t("evidence.working")}
                </p>
              )
            ))}
          {analysisError && step !== "file" && (
            <div className="ws-alert ws-alert-error" role="alert">
              <strong>{t("evidence.analysisFailed")}</strong> {analysisError}
            </div>
          )}
        </div>
        <footer className="ws-ev-foot">
          <button type="button" className="ws-button" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <span className="ws-ev-foot-space" />
          {index > 0 && (
            <button type="button" className="ws-button" onClick={back}>
              {t("evidence.back")}
            </button>
          )}
          {step !== "file" && (
            <button type="button" className="ws-button ws-button-primary" disabled={!ready} onClick={next}>
              {step === "preview" ? t("evidence.addToMap") : t("evidence.next")}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
