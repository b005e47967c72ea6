import { useEffect, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
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
    // An error without a message: the map is not stored here.
    { kind: "loading" } | { kind: "ready"; opened: OpenedMap } | { kind: "error"; message?: string }
  >({ kind: "loading" });
  const { t } = useWorkshopText();

  useEffect(() => {
    let live = true;
    openMap(id, library, unsaved).then(
      (opened) => live && setState(opened ? { kind: "ready", opened } : { kind: "error" }),
      (error: unknown) =>
        live && setState({ kind: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [library, unsaved, id]);

  if (state.kind === "loading") return <p className="ws-loading">{t("map.opening")}</p>;
  if (state.kind === "error")
    return (
      <main className="ws-start">
        <StorageWarning />
        <div className="ws-alert ws-alert-error" role="alert">
          <strong>{t("map.couldNotOpen")}</strong>{" "}
          {state.message ?? (library.storage.kind === "memory" ? t("map.memoryOnly") : t("map.notStored"))}
        </div>
        <a className="ws-button" href="#/">
          {t("common.backToAllMaps")}
        </a>
      </main>
    );
  return <WorkshopScreen key={state.opened.map.id} opened={state.opened} />;
}
