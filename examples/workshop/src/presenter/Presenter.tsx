import type { JourneyMap } from "@journeykit/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { stageSlide } from "./stage-slide";

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

/**
 * Presenter mode: the map stage by stage, full screen. Arrow keys, Space, Page Up/Down step; Home/End
 * jump; Esc leaves.
 */
export function Presenter({ map, onClose }: { map: JourneyMap; onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const elapsed = useElapsed();
  const count = map.stages.length;
  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(count - 1, next))), [count]);

  useEffect(() => {
    const element = root.current;
    element?.focus();
    // Full screen is a courtesy: browsers may refuse it (no user gesture, iframes, headless).
    element?.requestFullscreen?.().catch(() => {});
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

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
        if (["ArrowRight", "ArrowDown", " ", "PageDown"].includes(event.key)) go(index + 1);
        else if (["ArrowLeft", "ArrowUp", "PageUp"].includes(event.key)) go(index - 1);
        else if (event.key === "Home") go(0);
        else if (event.key === "End") go(count - 1);
        else if (event.key === "Escape") onClose();
        else return;
        event.preventDefault();
      }}
    >
      <header className="ws-presenter-bar">
        <span>{map.title}</span>
        <span aria-live="polite">
          Stage {count === 0 ? 0 : index + 1} of {count}
        </span>
        <span title="Elapsed time">⏱ {elapsed}</span>
        <button type="button" className="ws-button ws-button-quiet" onClick={onClose}>
          Exit (Esc)
        </button>
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
    </div>
  );
}
