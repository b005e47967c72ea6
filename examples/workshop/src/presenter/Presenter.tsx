import type { JourneyMap } from "@journeykit/core";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { useFocusTrap } from "../evidence/use-focus-trap";
import { OverviewSlideView } from "./OverviewSlideView";
import { presenterSlideKeys, SUMMARY_SLIDE, slideIndex } from "./presenter-slides";
import { StageSlideView } from "./StageSlideView";
import { SummarySlideView } from "./SummarySlideView";
import { stageSlide } from "./stage-slide";
import "./presenter.css";
import "./presenter-bar.css";
import "./presenter-slides.css";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

function useElapsed(): string {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const seconds = Math.floor((now - started) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export interface PresenterProps {
  map: JourneyMap;
  /** Esc and the Exit button. */
  onClose: () => void;
  /**
   * The slide shown, by key: a stage's id, `OVERVIEW_SLIDE` or `SUMMARY_SLIDE` (controlled: a live
   * presentation shares it); without it, the overview.
   */
  stageId?: string | undefined;
  /** Called with the slide key to show when the presenter steps (controlled mode). */
  onStageChange?: (stageId: string) => void;
  /** False for someone following another's presentation: no stepping, the presenter steps for them. */
  navigation?: boolean;
  /** Extra controls in the presenter's bar, before Exit ("Follow me"). */
  actions?: ReactNode;
  /** A bar above the presenter's own ("Following Ana · Stop following"). */
  banner?: ReactNode;
  /** The Exit button's label; null leaves it out (the banner has its own way out). */
  exitLabel?: string | null;
  /** Ask the browser for full screen (it refuses without a click; a follower is pulled in without one). */
  fullscreen?: boolean;
  /** Show the time since the presenter opened (the presenter's clock; a follower's would mislead). */
  clock?: boolean;
}

/**
 * Presenter mode, full screen: an overview of the journey (both curves, headline metrics), each stage
 * (the room's feeling beside the measured one, its metrics, two quotes, moments, cards), and a closing
 * summary (moments at risk, top voted pain points and opportunities). Arrow keys, Space, Page Up/Down step; Home/End
 * jump; Esc leaves, and focus goes back where it was. Controlled by `stageId` / `onStageChange` when a
 * live session shares the stage shown.
 */
export function Presenter({
  map,
  onClose,
  stageId,
  onStageChange,
  navigation = true,
  actions,
  banner,
  exitLabel,
  fullscreen = true,
  clock = true,
}: PresenterProps) {
  const [ownIndex, setOwnIndex] = useState(0);
  const text = useWorkshopText();
  const { t } = text;
  const controlled = onStageChange !== undefined || stageId !== undefined;
  const keys = presenterSlideKeys(map);
  const index = controlled ? slideIndex(map, stageId) : Math.min(ownIndex, Math.max(0, keys.length - 1));
  const root = useRef<HTMLDivElement>(null);
  const elapsed = useElapsed();
  const count = keys.length;
  const go = useCallback(
    (next: number) => {
      const target = Math.max(0, Math.min(count - 1, next));
      if (!controlled) return setOwnIndex(target);
      const shown = keys[target];
      if (shown !== undefined) onStageChange?.(shown);
    },
    [count, controlled, keys, onStageChange],
  );

  // Focus moves in and back out when it closes; Tab stays inside; Esc closes, wherever focus is.
  useFocusTrap(root, onClose);
  useEffect(() => {
    // Full screen is a courtesy: browsers may refuse it (no user gesture, iframes, headless).
    if (fullscreen) root.current?.requestFullscreen?.().catch(() => {});
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [fullscreen]);

  const key = keys[index];
  // A stage's own id first: a stage whose id happened to be a slide key is still its stage.
  const stageAt = key === undefined ? -1 : map.stages.findIndex((s) => s.id === key);
  const position =
    count === 0
      ? t("presenter.noStages")
      : index === 0
        ? t("presenter.overview")
        : index === count - 1
          ? t("presenter.summary")
          : t("presenter.stageOf", { index, count: map.stages.length });
  return (
    <div
      ref={root}
      className="ws-presenter"
      role="dialog"
      aria-modal="true"
      aria-label={t("presenter.presenting", { title: map.title })}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (!navigation) return;
        // Space and Enter on a button of the bar press it; they step only from the slide.
        const control = event.target instanceof Element && event.target.closest("button, a, input");
        if (control && (event.key === " " || event.key === "Enter")) return;
        if (["ArrowRight", "ArrowDown", " ", "PageDown"].includes(event.key)) go(index + 1);
        else if (["ArrowLeft", "ArrowUp", "PageUp"].includes(event.key)) go(index - 1);
        else if (event.key === "Home") go(0);
        else if (event.key === "End") go(count - 1);
        else return;
        event.preventDefault();
      }}
    >
      {banner}
      <header className="ws-presenter-bar">
        <span className="ws-presenter-title">{map.title}</span>
        <span aria-live="polite">{position}</span>
        {clock && <span title={t("presenter.elapsed")}>⏱ {elapsed}</span>}
        {actions}
        {exitLabel !== null && (
          <button type="button" className="ws-button ws-button-quiet" onClick={onClose}>
            {exitLabel ?? t("presenter.exit")}
          </button>
        )}
      </header>
      {count === 0 ? (
        <p className="ws-slide-lead">{t("presenter.empty")}</p>
      ) : stageAt >= 0 ? (
        <StageSlideView slide={stageSlide(map, stageAt, text)!} />
      ) : key === SUMMARY_SLIDE ? (
        <SummarySlideView map={map} />
      ) : (
        <OverviewSlideView map={map} />
      )}
      {navigation && (
        <footer className="ws-presenter-nav">
          <button type="button" className="ws-button" onClick={() => go(index - 1)} disabled={index === 0}>
            {t("presenter.previous")}
          </button>
          <button
            type="button"
            className="ws-button"
            onClick={() => go(index + 1)}
            disabled={index >= count - 1}
          >
            {t("presenter.next")}
          </button>
        </footer>
      )}
    </div>
  );
}
