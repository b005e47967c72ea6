import type { OpenError } from "./use-open-file";

const SHOWN = 12;

/** The errors of a file that could not be opened, each naming where it is wrong. */
export function OpenErrorPanel({ error, onDismiss }: { error: OpenError; onDismiss: () => void }) {
  const more = error.errors.length - SHOWN;
  return (
    <div className="ws-alert ws-alert-error" role="alert" aria-label="File could not be opened">
      <div className="ws-alert-head">
        <strong>
          Could not open {error.fileName} ({error.format})
        </strong>
        <button type="button" className="ws-button ws-button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p>Nothing was changed. What is wrong, and where:</p>
      <ul className="ws-error-list">
        {error.errors.slice(0, SHOWN).map((message, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages can repeat; order is stable
          <li key={i}>
            <code>{message}</code>
          </li>
        ))}
      </ul>
      {more > 0 && <p>…and {more} more.</p>}
    </div>
  );
}
