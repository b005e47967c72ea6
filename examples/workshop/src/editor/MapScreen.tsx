import type { JourneyMap } from "@journeykit/core";
import { useEffect, useState } from "react";
import { useLibrary } from "../storage/library-context";
import { StorageWarning } from "../storage/StorageWarning";
import { WorkshopScreen } from "./WorkshopScreen";

/** Loads a stored map by id, then shows it; a missing or damaged map is explained, not blank. */
export function MapScreen({ id }: { id: string }) {
  const library = useLibrary();
  const [state, setState] = useState<
    { kind: "loading" } | { kind: "ready"; map: JourneyMap } | { kind: "error"; message: string }
  >({ kind: "loading" });

  useEffect(() => {
    let live = true;
    library.load(id).then(
      (map) =>
        live &&
        setState(
          map
            ? { kind: "ready", map }
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
  }, [library, id]);

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
  return <WorkshopScreen key={state.map.id} initialMap={state.map} />;
}
