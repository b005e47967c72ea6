import { createCard, createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { DEFAULT_VOTING, votingSettings, votingTally, withVotingSettings } from "./voting-settings";

describe("voting settings", () => {
  it("defaults when the map has none, and ignores nonsense in meta", () => {
    expect(votingSettings(createJourneyMap())).toEqual(DEFAULT_VOTING);
    const odd = createJourneyMap({ meta: { workshop: { participants: -2, dotsPerParticipant: "x" } } });
    expect(votingSettings(odd)).toEqual(DEFAULT_VOTING);
  });

  it("keeps the host's other meta data when storing settings", () => {
    const map = createJourneyMap({ meta: { crm: "acme", workshop: { room: "B" } } });
    const next = withVotingSettings(map, { participants: 8, dotsPerParticipant: 5 });
    expect(next.meta).toEqual({
      crm: "acme",
      workshop: { room: "B", participants: 8, dotsPerParticipant: 5 },
    });
    expect(votingSettings(next)).toEqual({ participants: 8, dotsPerParticipant: 5 });
  });

  it("tallies votes against the room's budget and ranks cards", () => {
    const base = createJourneyMap();
    const laneId = base.lanes[0]!.id;
    const stageId = base.stages[0]!.id;
    const map = withVotingSettings(
      {
        ...base,
        cards: [
          createCard({ laneId, stageId, text: "Slow app", votes: 2 }),
          createCard({ laneId, stageId, text: "Cold dish", votes: 5 }),
          createCard({ laneId, stageId, text: "No votes" }),
        ],
      },
      { participants: 2, dotsPerParticipant: 3 },
    );
    const tally = votingTally(map);
    expect(tally).toMatchObject({ cast: 7, budget: 6, remaining: 0 });
    expect(tally.ranked.map((c) => c.text)).toEqual(["Cold dish", "Slow app"]);
  });
});
