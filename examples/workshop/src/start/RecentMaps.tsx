import { createId } from "@journeykit/core";
import { useState } from "react";
import { navigate } from "../route";
import { useLibrary } from "../storage/library-context";
import type { DamagedEntry, MapSummary } from "../storage/map-library";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function RecentMap({ summary, onChanged }: { summary: MapSummary; onChanged: () => void }) {
  const library = useLibrary();
  const [mode, setMode] = useState<"idle" | "rename" | "confirm-delete">("idle");
  const [title, setTitle] = useState(summary.title);

  const rename = async () => {
    const map = await library.load(summary.id);
    if (map && title.trim())
      await library.save({ ...map, title: title.trim(), updatedAt: new Date().toISOString() });
    setMode("idle");
    onChanged();
  };
  const duplicate = async () => {
    const map = await library.load(summary.id);
    if (!map) return;
    const now = new Date().toISOString();
    await library.save({
      ...map,
      id: createId("map"),
      title: `${map.title} (copy)`,
      createdAt: now,
      updatedAt: now,
    });
    onChanged();
  };
  const remove = async () => {
    await library.remove(summary.id);
    onChanged();
  };

  return (
    <li className="ws-recent" aria-label={summary.title}>
      {mode === "rename" ? (
        <form
          className="ws-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void rename();
          }}
        >
          <input
            aria-label="New title"
            value={title}
            // biome-ignore lint/a11y/noAutofocus: the person just asked to rename
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="ws-button ws-button-primary">
            Save
          </button>
          <button type="button" className="ws-button ws-button-quiet" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </form>
      ) : (
        <a className="ws-recent-title" href={`#/map/${encodeURIComponent(summary.id)}`}>
          {summary.title || "Untitled journey"}
        </a>
      )}
      <span className="ws-recent-meta">
        {summary.state === "future" ? "Future state" : "Current state"} · {summary.stages} stages ·{" "}
        {summary.cards} cards · edited {dateFormat.format(new Date(summary.updatedAt))}
      </span>
      {mode === "confirm-delete" ? (
        <div className="ws-recent-actions" role="alert">
          <span>Delete “{summary.title}” for good?</span>
          <button type="button" className="ws-button ws-button-danger" onClick={() => void remove()}>
            Delete
          </button>
          <button type="button" className="ws-button ws-button-quiet" onClick={() => setMode("idle")}>
            Keep
          </button>
        </div>
      ) : (
        <div className="ws-recent-actions">
          <button
            type="button"
            className="ws-button"
            onClick={() => navigate({ screen: "map", id: summary.id })}
          >
            Open
          </button>
          <button type="button" className="ws-button ws-button-quiet" onClick={() => setMode("rename")}>
            Rename
          </button>
          <button type="button" className="ws-button ws-button-quiet" onClick={() => void duplicate()}>
            Duplicate
          </button>
          <button
            type="button"
            className="ws-button ws-button-quiet"
            onClick={() => setMode("confirm-delete")}
          >
            Delete…
          </button>
        </div>
      )}
    </li>
  );
}

/** The maps stored in this browser, newest first, with rename, duplicate and delete. */
export function RecentMaps({
  maps,
  damaged,
  onChanged,
}: {
  maps: MapSummary[];
  damaged: DamagedEntry[];
  onChanged: () => void;
}) {
  return (
    <>
      {maps.length === 0 ? (
        <p className="ws-empty">No maps yet: start from a template or a blank map.</p>
      ) : (
        <ul className="ws-recent-list" aria-label="Your maps">
          {maps.map((summary) => (
            <RecentMap key={summary.id} summary={summary} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {damaged.length > 0 && (
        <div className="ws-alert ws-alert-error" role="alert">
          {damaged.length} stored map(s) could not be read and were left untouched:
          <ul className="ws-error-list">
            {damaged.map((entry) => (
              <li key={entry.key}>
                <code>{entry.key}</code>: {entry.errors.slice(0, 3).join("; ")}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
