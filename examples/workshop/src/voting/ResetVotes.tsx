import { useState } from "react";

/** "Reset votes…", then "Remove all N votes?" with Reset / Cancel: votes are never cleared by one click. */
export function ResetVotes({ count, onReset }: { count: number; onReset: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" className="ws-button" disabled={count === 0} onClick={() => setConfirming(true)}>
        Reset votes…
      </button>
    );
  return (
    <div role="alert" className="ws-confirm">
      Remove all {count} votes?
      <button
        type="button"
        className="ws-button ws-button-danger"
        onClick={() => {
          onReset();
          setConfirming(false);
        }}
      >
        Reset votes
      </button>
      <button type="button" className="ws-button ws-button-quiet" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
