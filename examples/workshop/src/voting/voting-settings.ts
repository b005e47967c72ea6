import type { JourneyMap } from "@journeykit/core";

/** Dot-voting settings, kept in the map's `meta.workshop` so they travel with the file. */
export interface VotingSettings {
  participants: number;
  dotsPerParticipant: number;
}

export const DEFAULT_VOTING: VotingSettings = { participants: 6, dotsPerParticipant: 3 };

const positiveInt = (value: unknown, fallback: number) =>
  typeof value === "number" && Number.isInteger(value) && value > 0 && value <= 1000 ? value : fallback;

export function votingSettings(map: JourneyMap): VotingSettings {
  const workshop = map.meta?.workshop;
  if (!workshop || typeof workshop !== "object" || Array.isArray(workshop)) return DEFAULT_VOTING;
  return {
    participants: positiveInt(workshop.participants, DEFAULT_VOTING.participants),
    dotsPerParticipant: positiveInt(workshop.dotsPerParticipant, DEFAULT_VOTING.dotsPerParticipant),
  };
}

export function withVotingSettings(map: JourneyMap, settings: VotingSettings): JourneyMap {
  const workshop = map.meta?.workshop;
  const previous = workshop && typeof workshop === "object" && !Array.isArray(workshop) ? workshop : {};
  return { ...map, meta: { ...map.meta, workshop: { ...previous, ...settings } } };
}

/** Votes cast so far, the dot budget of the room, and the cards ranked by votes. */
export function votingTally(map: JourneyMap) {
  const settings = votingSettings(map);
  const cast = map.cards.reduce((sum, card) => sum + (card.votes ?? 0), 0);
  const budget = settings.participants * settings.dotsPerParticipant;
  const ranked = map.cards
    .filter((card) => (card.votes ?? 0) > 0)
    .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.text.localeCompare(b.text));
  return { settings, cast, budget, remaining: Math.max(0, budget - cast), ranked };
}
