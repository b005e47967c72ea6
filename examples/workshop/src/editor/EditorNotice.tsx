import { formatIssue, type Issue } from "@journeykit/core";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

const SHOWN = 5;

/** What the editor refused or reset (its `onError`), shown until dismissed instead of lost. */
export function EditorNotice({ issues, onDismiss }: { issues: Issue[]; onDismiss: () => void }) {
  const { t } = useWorkshopText();
  return (
    <div className="ws-banner">
      <div className="ws-alert ws-alert-error" role="alert" aria-label={t("notice.couldNot")}>
        <div className="ws-alert-head">
          <strong>{t("notice.couldNot")}</strong>
          <button type="button" className="ws-button ws-button-quiet" onClick={onDismiss}>
            {t("common.dismiss")}
          </button>
        </div>
        <ul className="ws-error-list">
          {issues.slice(0, SHOWN).map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages can repeat; order is stable
            <li key={i}>
              <code>{formatIssue(issue)}</code>
            </li>
          ))}
        </ul>
        {issues.length > SHOWN && <p>{t("common.andMore", { count: issues.length - SHOWN })}</p>}
      </div>
    </div>
  );
}
