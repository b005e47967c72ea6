import { createCard, getTemplate, type JourneyMap } from "@journeykit/core";

/**
 * The hotel blueprint with control characters where people paste text from Word and spreadsheets:
 * vertical tabs (Word's line break), a form feed, a NUL, a backspace, a unit separator.
 */
export function controlCharacterMap(): JourneyMap {
  const map = getTemplate("hotel-check-in-blueprint")!.create();
  map.title = "Check-in\u000breview\u0000";
  map.stages[0]!.name = "Before\u000bthe stay";
  map.lanes[0]!.title = "What guests\u000cdo";
  map.personas[0]!.name = "Olu\u000b(regular)";
  map.touchpoints[0]!.name = "Front\u000bdesk\u0008";
  map.momentsOfTruth[0]!.title = "First\u000bminute\u001f";
  map.cards.push(
    createCard({
      id: "pasted",
      laneId: map.lanes[0]!.id,
      stageId: map.stages[0]!.id,
      text: "Pasted\u000bfrom Word\u0000 with\u001f breaks",
      severity: 4,
    }),
  );
  return map;
}

/** Control characters no output may carry (tab, newline and carriage return aside). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
