import type { LiveVoting } from "./use-live-voting";
import "./live-voting.css";

/**
 * Under the top bar while dot voting is open: how to vote, and what the server refused (no dots
 * left, voting closed, offline), never silently; the facilitator's "End voting".
 */
export function LiveVotingNotice({ voting, facilitator }: { voting: LiveVoting; facilitator: boolean }) {
  const { open, dots } = voting.state;
  if (!open && !voting.refusal) return null;
  return (
    <div className="ws-live-voting">
      {open && !voting.refusal && (
        <p className="ws-live-voting-hint">
          <strong>Dot voting is open.</strong>{" "}
          {voting.left > 0
            ? `Click +1 on a pain point or opportunity card to give it one of your ${dots} dots; Alt-click takes one back.`
            : "You have used all your dots. Alt-click a dot you gave to take it back and place it elsewhere."}
        </p>
      )}
      {facilitator && open && (
        <button type="button" className="ws-button ws-live-end" onClick={() => void voting.end()}>
          End voting
        </button>
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
