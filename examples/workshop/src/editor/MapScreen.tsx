import { useEffect, useState } from "react";
import { useLibrary, useUnsavedMaps } from "../storage/library-context";
import type { MapLibrary } from "../storage/map-library";
import { StorageWarning } from "../storage/StorageWarning";
import type { UnsavedMaps } from "../storage/unsaved-maps";
import { type OpenedMap, WorkshopScreen } from "./WorkshopScreen";

/**
 * What to show for map `id`: work this tab holds but could not store comes first (it is newer than
 * what is stored), after the last writes of a screen of the same map that is closing; with the text
 * that was being typed on it (drafts), which a storage problem never keeps from opening the map.
 */
async function openMap(
  id: string,
  library: MapLibrary,
  unsaved: UnsavedMaps,
): Promise<OpenedMap | undefined> {
  await unsaved.settled(id);
  const drafts = await library.loadDrafts(id).catch((error: unknown) => {
    console.error("journeykit workshop: the drafts could not be read", error);
    return [];
  });
  const held = unsaved.get(id);
  if (held)
    return {
      map: held.map,
      revision: held.base,
      stored: false,
      drafts,
      ...(held.problem ? { problem: held.problem } : {}),
    };
  const version = await library.loadVersion(id);
  return version && { map: version.map, revision: version.revision.number, stored: true, drafts };
}

/** Loads a stored map by id, then shows it; a missing or damaged map is explained, not blank. */
export function MapScreen({ id }: { id: string }) {
  const library = useLibrary();
  const unsaved = useUnsavedMaps();
  const [state, setState] = useState<
    { kind: "loading" } | { kind: "ready"; opened: OpenedMap } | { kind: "error"; message: string }
  >({ kind: "loading" });

  useEffect(() => {
    let live = true;
    openMap(id, library, unsaved).then(
      (opened) =>
        live &&
        setState(
          opened
            ? { kind: "ready", opened }
            : {
                kind: "error",
                message:
                  library.storage.kind === "memory"
                    ? "Maps are kept only in memory here, so a reload or another tab cannot see this one. Open its file if you saved it."
                    : "This map is not stored in this browser.",
              },
        ),
      (error: unknown) =>
        live && setState({ kind: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [library, unsaved, id]);

  if (state.kind === "loading") return <p className="ws-loading">Opening map…</p>;
  if (state.kind === "error")
    return (
      <main className="ws-start">
        <StorageWarning />
        <div className="ws-alert ws-alert-error" role="alert">
          <strong>Could not open the map.</strong> {state.message}
        </div>
        <a className="ws-button" href="#/">
          Back to all maps
        </a>
      </main>
    );
  return <WorkshopScreen key={state.opened.map.id} opened={state.opened} />;
}
