import { createJourneyMap, type JourneyMap, type JourneyTemplate } from "@journeykit/core";
import { useCallback, useEffect, useState } from "react";
import { FileDropZone } from "../file/FileDropZone";
import { OpenErrorPanel } from "../file/OpenErrorPanel";
import { OpenFileButton } from "../file/OpenFileButton";
import { useOpenFile } from "../file/use-open-file";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
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
import "./start.css";

/** The first screen: recent maps, templates, a blank map, and opening a file. */
export function StartScreen() {
  const library = useLibrary();
  const unsaved = useUnsavedMaps();
  const { open, error, dismiss } = useOpenFile();
  const { preference } = useThemePreference();
  const { t, labels } = useWorkshopText();
  const [listing, setListing] = useState<{ maps: MapSummary[]; damaged: DamagedEntry[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(() => {
    library
      .list()
      .then(setListing, (reason: unknown) =>
        setProblem(t("start.listFailed", { reason: messageOf(reason) })),
      );
  }, [library, t]);
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
          <h1>{t("start.title")}</h1>
          <p>{t("start.tagline")}</p>
          <div className="ws-start-actions">
            <button
              type="button"
              className="ws-button ws-button-primary"
              // A blank map's stages, lanes and persona are named in the app's language.
              onClick={() => void create(createJourneyMap({ locale: labels.locale }, labels))}
            >
              {t("start.newBlank")}
            </button>
            <OpenFileButton onFile={(file) => void open(file)} />
            <ThemeToggle preference={preference} />
            <LanguageSwitch />
            <span className="ws-hint">{t("start.dropHint")}</span>
          </div>
          {error && <OpenErrorPanel error={error} onDismiss={dismiss} />}
          {problem && (
            <div className="ws-alert ws-alert-error" role="alert">
              <div className="ws-alert-head">
                <span>{problem}</span>
                <button type="button" className="ws-button ws-button-quiet" onClick={() => setProblem(null)}>
                  {t("common.dismiss")}
                </button>
              </div>
            </div>
          )}
        </header>
        <UnsavedMapList />
        <section aria-labelledby="recent-heading" className="ws-section">
          <h2 id="recent-heading">{t("common.yourMaps")}</h2>
          {listing && <RecentMaps maps={listing.maps} damaged={listing.damaged} onChanged={refresh} />}
        </section>
        <section aria-labelledby="templates-heading" className="ws-section">
          <h2 id="templates-heading">{t("start.templates")}</h2>
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
