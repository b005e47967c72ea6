import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { RepairChoice } from "./RepairChoice";
import type { OpenError } from "./use-open-file";
import "./file.css";

const SHOWN = 12;

/**
 * The errors of a file that could not be opened, each naming where it is wrong; with "Open and
 * repair" when a repair can save the map, or a plain word that it cannot.
 */
export function OpenErrorPanel({ error, onDismiss }: { error: OpenError; onDismiss: () => void }) {
  const more = error.errors.length - SHOWN;
  const { t } = useWorkshopText();
  const format = error.format === "file" ? t("openError.file") : error.format;
  const offered = error.repair?.possible === true;
  return (
    <div className="ws-alert ws-alert-error" role="alert" aria-label={t("openError.label")}>
      <div className="ws-alert-head">
        <strong>{t("openError.heading", { file: error.fileName, format })}</strong>
        {!offered && (
          <button type="button" className="ws-button ws-button-quiet" onClick={onDismiss}>
            {t("common.dismiss")}
          </button>
        )}
      </div>
      <p>{t("openError.nothingChanged")}</p>
      <ul className="ws-error-list">
        {error.errors.slice(0, SHOWN).map((message, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages can repeat; order is stable
          <li key={i}>
            <code>{message}</code>
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t("common.andMore", { count: more })}</p>}
      {error.repair && <RepairChoice offer={error.repair} onCancel={onDismiss} />}
    </div>
  );
}
