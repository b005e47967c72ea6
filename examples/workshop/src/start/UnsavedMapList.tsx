import { useSyncExternalStore } from "react";
import { saveMapFile } from "../file/save-map-file";
import { routeHref } from "../route";
import { useUnsavedMaps } from "../storage/library-context";

/**
 * Maps this tab holds but could not store (a full quota, a conflict left open): listed above the
 * stored maps, so they are never out of reach while space is freed, each with Save to file.
 */
export function UnsavedMapList() {
  const unsaved = useUnsavedMaps();
  const entries = useSyncExternalStore(unsaved.subscribe, unsaved.list, unsaved.list);
  if (entries.length === 0) return null;
  const full = entries.some((entry) => entry.problem?.kind === "quota");
  return (
    <section className="ws-section ws-unsaved" aria-labelledby="unsaved-heading">
      <h2 id="unsaved-heading">Not stored yet</h2>
      <p className="ws-unsaved-why">
        {full
          ? "This browser's storage is full, so these maps are kept in this tab only until it closes. "
          : "These maps are kept in this tab only until it closes. "}
        Save them to files, or delete maps you no longer need under Your maps to make room.
      </p>
      <ul className="ws-unsaved-list" aria-label="Maps not stored yet">
        {entries.map(({ map }) => (
          <li key={map.id} className="ws-unsaved-item" aria-label={map.title || "Untitled journey"}>
            <a className="ws-recent-title" href={routeHref({ screen: "map", id: map.id })}>
              {map.title || "Untitled journey"}
            </a>
            <button type="button" className="ws-button" onClick={() => saveMapFile(map)}>
              Save to file
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
