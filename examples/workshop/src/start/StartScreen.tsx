import { createJourneyMap, type JourneyMap, type JourneyTemplate } from "@journeykit/core";
import { useCallback, useEffect, useState } from "react";
import { FileDropZone } from "../file/FileDropZone";
import { OpenErrorPanel } from "../file/OpenErrorPanel";
import { OpenFileButton } from "../file/OpenFileButton";
import { useOpenFile } from "../file/use-open-file";
import { navigate } from "../route";
import { useLibrary, useUnsavedMaps } from "../storage/library-context";
import type { DamagedEntry, MapSummary } from "../storage/map-library";
import { StorageWarning } from "../storage/StorageWarning";
import { describeStorageProblem } from "../storage/storage-problem";
import { ThemeToggle } from "../theme/ThemeToggle";
import { useThemePreference } from "../theme/theme-preference";
import { newMapFromTemplate } from "./new-map-from-template";
import { RecentMaps } from "./RecentMaps";
import { TemplateGallery } from "./TemplateGallery";
import { UnsavedMapList } from "./UnsavedMapList";

/** The first screen: recent maps, templates, a blank map, and opening a file. */
export function StartScreen() {
  const library = useLibrary();
  const unsaved = useUnsavedMaps();
  const { open, error, dismiss } = useOpenFile();
  const { preference } = useThemePreference();
  const [listing, setListing] = useState<{ maps: MapSummary[]; damaged: DamagedEntry[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(() => {
    library
      .list()
      .then(setListing, (reason: unknown) =>
        setProblem(`Your maps could not be listed: ${messageOf(reason)}`),
      );
  }, [library]);
  useEffect(refresh, [refresh]);

  // A map that cannot be stored (a full quota) still opens: this tab holds it, and its screen says
  // why it is not stored and offers Save to file, so nothing is lost.
  const create = async (map: JourneyMap) => {
    try {
      await library.save(map);
    } catch (reason) {
      unsaved.keep({ map, base: 0, problem: describeStorageProblem(reason) });
    }
    navigate({ screen: "map", id: map.id });
  };

  return (
    <FileDropZone onFile={(file) => void open(file)}>
      <main className="ws-start">
        <StorageWarning />
        <header className="ws-start-header">
          <h1>journeykit workshop</h1>
          <p>
            Map your customers' journeys: personas, stages, emotions, moments of truth, and what to fix first.
          </p>
          <div className="ws-start-actions">
            <button
              type="button"
              className="ws-button ws-button-primary"
              onClick={() => void create(createJourneyMap({ title: "Untitled journey" }))}
            >
              New blank map
            </button>
            <OpenFileButton onFile={(file) => void open(file)} />
            <ThemeToggle preference={preference} />
            <span className="ws-hint">
              or drop a .journey.json, exported PNG, Mermaid or CSV file anywhere
            </span>
          </div>
          {error && <OpenErrorPanel error={error} onDismiss={dismiss} />}
          {problem && (
            <div className="ws-alert ws-alert-error" role="alert">
              <div className="ws-alert-head">
                <span>{problem}</span>
                <button type="button" className="ws-button ws-button-quiet" onClick={() => setProblem(null)}>
                  Dismiss
                </button>
              </div>
            </div>
          )}
        </header>
        <UnsavedMapList />
        <section aria-labelledby="recent-heading" className="ws-section">
          <h2 id="recent-heading">Your maps</h2>
          {listing && <RecentMaps maps={listing.maps} damaged={listing.damaged} onChanged={refresh} />}
        </section>
        <section aria-labelledby="templates-heading" className="ws-section">
          <h2 id="templates-heading">Start from a template</h2>
          <TemplateGallery
            onPick={(template: JourneyTemplate) => void create(newMapFromTemplate(template))}
          />
        </section>
      </main>
    </FileDropZone>
  );
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
