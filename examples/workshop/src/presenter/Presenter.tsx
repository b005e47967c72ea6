import type { JourneyMap } from "@journeykit/core";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { useFocusTrap } from "../evidence/use-focus-trap";
import { stageIndex } from "./stage-index";
import { stageSlide } from "./stage-slide";
import "./presenter-bar.css";

const FACES = ["😫", "😟", "🙁", "😐", "🙂", "😊", "😍"];
const face = (score: number) => FACES[Math.round(score) + 3] ?? "😐";

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
  /** The stage shown, by id (controlled: a live presentation shares it); without it, the first stage. */
  stageId?: string | undefined;
  /** Called with the stage to show when the presenter steps (controlled mode). */
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
 * Presenter mode: the map stage by stage, full screen. Arrow keys, Space, Page Up/Down step; Home/End
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
  exitLabel = "Exit (Esc)",
  fullscreen = true,
  clock = true,
}: PresenterProps) {
  const [ownIndex, setOwnIndex] = useState(0);
  const controlled = onStageChange !== undefined || stageId !== undefined;
  const index = controlled ? stageIndex(map, stageId) : ownIndex;
  const root = useRef<HTMLDivElement>(null);
  const elapsed = useElapsed();
  const count = map.stages.length;
  const go = useCallback(
    (next: number) => {
      const target = Math.max(0, Math.min(count - 1, next));
      if (!controlled) return setOwnIndex(target);
      const stage = map.stages[target];
      if (stage) onStageChange?.(stage.id);
    },
    [count, controlled, map.stages, onStageChange],
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

  const slide = stageSlide(map, index);
  return (
    <div
      ref={root}
      className="ws-presenter"
      role="dialog"
      aria-modal="true"
      aria-label={`Presenting ${map.title}`}
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
        <span aria-live="polite">
          Stage {count === 0 ? 0 : index + 1} of {count}
        </span>
        {clock && <span title="Elapsed time">⏱ {elapsed}</span>}
        {actions}
        {exitLabel !== null && (
          <button type="button" className="ws-button ws-button-quiet" onClick={onClose}>
            {exitLabel}
          </button>
        )}
      </header>
      {slide ? (
        <article className="ws-slide" aria-label={`Stage ${slide.stage.name}`}>
          <h2 className="ws-slide-title">{slide.stage.name}</h2>
          {slide.stage.description && <p className="ws-slide-lead">{slide.stage.description}</p>}
          <div className="ws-slide-emotions">
            {slide.emotions.map((entry) => (
              <div
                key={entry.persona.id}
                className="ws-slide-emotion"
                style={{ borderColor: entry.persona.color }}
              >
                <span className="ws-slide-face" aria-hidden="true">
                  {entry.score === null ? "·" : face(entry.score)}
                </span>
                <span>
                  <strong>{entry.persona.name}</strong>
                  <br />
                  {entry.score === null ? "no score yet" : `${entry.score > 0 ? "+" : ""}${entry.score}`}
                  {entry.emotion ? ` · ${entry.emotion}` : ""}
                </span>
              </div>
            ))}
          </div>
          {slide.touchpoints.length > 0 && (
            <p className="ws-slide-touchpoints">
              Touchpoints: {slide.touchpoints.map((t) => `${t.name} (${t.channel})`).join(" · ")}
            </p>
          )}
          {slide.moments.map((moment) => (
            <p key={moment.id} className={`ws-slide-moment ws-outcome-${moment.outcome ?? "neutral"}`}>
              ★ {moment.kind} moment of truth: <strong>{moment.title}</strong>
              {moment.description ? ` — ${moment.description}` : ""}
            </p>
          ))}
          <div className="ws-slide-lanes">
            {slide.lanes.map(({ lane, cards }) => (
              <section key={lane.id} className={`ws-slide-lane ws-lane-${lane.kind}`}>
                <h3>{lane.title}</h3>
                <ul>
                  {cards.map((card) => (
                    <li key={card.id}>
                      {card.text}
                      {card.severity ? <span className="ws-badge">severity {card.severity}</span> : null}
                      {card.votes ? <span className="ws-badge">● {card.votes}</span> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </article>
      ) : (
        <p className="ws-slide-lead">This map has no stages yet.</p>
      )}
      {navigation && (
        <footer className="ws-presenter-nav">
          <button type="button" className="ws-button" onClick={() => go(index - 1)} disabled={index === 0}>
            ← Previous
          </button>
          <button
            type="button"
            className="ws-button"
            onClick={() => go(index + 1)}
            disabled={index >= count - 1}
          >
            Next →
          </button>
        </footer>
      )}
    </div>
  );
}
