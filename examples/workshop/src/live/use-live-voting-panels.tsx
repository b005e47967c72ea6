import type { JourneyMap } from "@journeykit/core";
import type { EditorPanel } from "@journeykit/react";
import { useMemo } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { LiveVotingResults } from "./LiveVotingResults";
import type { LiveVoting } from "./use-live-voting";

/** The facilitator's "Votes" tab in the editor's side panel (the results); nothing for participants. */
export function useLiveVotingPanels(
  voting: LiveVoting,
  map: JourneyMap | undefined,
  facilitator: boolean,
): { panels?: EditorPanel[] } {
  const { t } = useWorkshopText();
  return useMemo(
    () =>
      facilitator && map
        ? {
            panels: [
              {
                id: "votes",
                title: t("live.votesPanel"),
                render: () => <LiveVotingResults voting={voting} map={map} />,
              },
            ],
          }
        : {},
    [facilitator, map, voting, t],
  );
}
