import { formatIssue, type Issue } from "@journeykit/core";

const SHOWN = 5;

/** What the editor refused or reset (its `onError`), shown until dismissed instead of lost. */
export function EditorNotice({ issues, onDismiss }: { issues: Issue[]; onDismiss: () => void }) {
  return (
    <div className="ws-banner">
      <div className="ws-alert ws-alert-error" role="alert" aria-label="The editor could not do that">
        <div className="ws-alert-head">
          <strong>The editor could not do that</strong>
          <button type="button" className="ws-button ws-button-quiet" onClick={onDismiss}>
            Dismiss
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
        {issues.length > SHOWN && <p>…and {issues.length - SHOWN} more.</p>}
      </div>
    </div>
  );
}
