import type { JourneyMap } from "@journeykit/core";
import type { EditorPanel } from "@journeykit/react";
import { useMemo } from "react";
import { LiveVotingResults } from "./LiveVotingResults";
import type { LiveVoting } from "./use-live-voting";

/** The facilitator's "Votes" tab in the editor's side panel (the results); nothing for participants. */
export function useLiveVotingPanels(
  voting: LiveVoting,
  map: JourneyMap | undefined,
  facilitator: boolean,
): { panels?: EditorPanel[] } {
  return useMemo(
    () =>
      facilitator && map
        ? {
            panels: [
              { id: "votes", title: "Votes", render: () => <LiveVotingResults voting={voting} map={map} /> },
            ],
          }
        : {},
    [facilitator, map, voting],
  );
}
