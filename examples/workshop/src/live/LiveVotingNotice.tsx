import type { LiveVoting } from "./use-live-voting";
import "./live-voting.css";

/**
 * Under the top bar while dot voting is open: how to vote, and what the server refused (no dots
 * left, voting closed, offline), never silently.
 */
export function LiveVotingNotice({ voting }: { voting: LiveVoting }) {
  const { open, dots } = voting.state;
  if (!open && !voting.refusal) return null;
  return (
    <div className="ws-live-voting">
      {open && (
        <p className="ws-live-voting-hint">
          <strong>Dot voting is open.</strong>{" "}
          {voting.left > 0
            ? `Click +1 on a pain point or opportunity card to give it one of your ${dots} dots; Alt-click takes one back.`
            : "You have used all your dots. Alt-click a dot you gave to take it back and place it elsewhere."}
        </p>
      )}
      {voting.refusal && (
        <p className="ws-live-refusal" role="alert">
          {voting.refusal}
          <button type="button" className="ws-button ws-button-quiet" onClick={voting.dismiss}>
            OK
          </button>
        </p>
      )}
    </div>
  );
}
