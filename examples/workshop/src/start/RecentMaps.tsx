import { coreTranslator, createId, formatDate } from "@journeykit/core";
import { useState } from "react";
import { DamagedMapList } from "../file/DamagedMapList";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { navigate } from "../route";
import { useLibrary } from "../storage/library-context";
import type { DamagedEntry, MapSummary } from "../storage/map-library";

function RecentMap({ summary, onChanged }: { summary: MapSummary; onChanged: () => void }) {
  const library = useLibrary();
  const [mode, setMode] = useState<"idle" | "rename" | "confirm-delete">("idle");
  const [title, setTitle] = useState(summary.title);
  const { t, locale, labels } = useWorkshopText();
  const core = coreTranslator(labels);

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
      title: t("recent.copyTitle", { title: map.title }),
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
            aria-label={t("recent.newTitle")}
            value={title}
            // biome-ignore lint/a11y/noAutofocus: the person just asked to rename
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="ws-button ws-button-primary">
            {t("common.save")}
          </button>
          <button type="button" className="ws-button ws-button-quiet" onClick={() => setMode("idle")}>
            {t("common.cancel")}
          </button>
        </form>
      ) : (
        <a className="ws-recent-title" href={`#/map/${encodeURIComponent(summary.id)}`}>
          {summary.title || t("common.untitled")}
        </a>
      )}
      <span className="ws-recent-meta">
        {[
          core.t(summary.state === "future" ? "overview.futureState" : "overview.currentState"),
          t("recent.stages", { count: summary.stages }),
          t("recent.cards", { count: summary.cards }),
          t("recent.edited", { date: formatDate(summary.updatedAt, { locale, style: "dateTime" }) }),
        ].join(" · ")}
      </span>
      {mode === "confirm-delete" ? (
        <div className="ws-recent-actions" role="alert">
          <span>{t("recent.deleteConfirm", { title: summary.title })}</span>
          <button type="button" className="ws-button ws-button-danger" onClick={() => void remove()}>
            {t("common.delete")}
          </button>
          <button type="button" className="ws-button ws-button-quiet" onClick={() => setMode("idle")}>
            {t("recent.keep")}
          </button>
        </div>
      ) : (
        <div className="ws-recent-actions">
          <button
            type="button"
            className="ws-button"
            onClick={() => navigate({ screen: "map", id: summary.id })}
          >
            {t("common.open")}
          </button>
          <button type="button" className="ws-button ws-button-quiet" onClick={() => setMode("rename")}>
            {t("recent.rename")}
          </button>
          <button type="button" className="ws-button ws-button-quiet" onClick={() => void duplicate()}>
            {t("recent.duplicate")}
          </button>
          <button
            type="button"
            className="ws-button ws-button-quiet"
            onClick={() => setMode("confirm-delete")}
          >
            {t("recent.deleteAsk")}
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
  const { t } = useWorkshopText();
  return (
    <>
      {maps.length === 0 ? (
        <p className="ws-empty">{t("recent.empty")}</p>
      ) : (
        <ul className="ws-recent-list" aria-label={t("common.yourMaps")}>
          {maps.map((summary) => (
            <RecentMap key={summary.id} summary={summary} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {damaged.length > 0 && <DamagedMapList damaged={damaged} />}
    </>
  );
}
