import { useSyncExternalStore } from "react";
import { saveMapFile } from "../file/save-map-file";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { routeHref } from "../route";
import { useUnsavedMaps } from "../storage/library-context";

/**
 * Maps this tab holds but could not store (a full quota, a conflict left open): listed above the
 * stored maps, so they are never out of reach while space is freed, each with Save to file.
 */
export function UnsavedMapList() {
  const unsaved = useUnsavedMaps();
  const entries = useSyncExternalStore(unsaved.subscribe, unsaved.list, unsaved.list);
  const { t } = useWorkshopText();
  if (entries.length === 0) return null;
  const full = entries.some((entry) => entry.problem?.kind === "quota");
  return (
    <section className="ws-section ws-unsaved" aria-labelledby="unsaved-heading">
      <h2 id="unsaved-heading">{t("unsaved.heading")}</h2>
      <p className="ws-unsaved-why">
        {full ? t("unsaved.full") : t("unsaved.tab")} {t("unsaved.what")}
      </p>
      <ul className="ws-unsaved-list" aria-label={t("unsaved.list")}>
        {entries.map(({ map }) => (
          <li key={map.id} className="ws-unsaved-item" aria-label={map.title || t("common.untitled")}>
            <a className="ws-recent-title" href={routeHref({ screen: "map", id: map.id })}>
              {map.title || t("common.untitled")}
            </a>
            <button type="button" className="ws-button" onClick={() => saveMapFile(map)}>
              {t("common.saveToFile")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
