import type { JourneyMap } from "@journeykit/core";
import { measuredFeeling } from "./emotion-from-evidence.js";
import type { MeasuredPoint } from "./evidence-analysis.js";
import { feelingSignals } from "./feeling-signals.js";
import { MIN_ANSWERS } from "./min-answers.js";
import type { PlacedRow, RatingColumn } from "./place-rows.js";

/** The personas with a measured curve: those the rows name, else the one asked for or the first. */
function measuredPersonas(map: JourneyMap, rows: PlacedRow[], personaId: string | undefined): string[] {
  if (rows.some((r) => r.personaId !== undefined))
    return [...new Set(rows.map((r) => r.personaId).filter((p): p is string => p !== undefined))];
  return [personaId ?? map.personas[0]?.id].filter((p): p is string => p !== undefined);
}

/**
 * The measured emotion of each persona at each stage with at least `MIN_ANSWERS` answers behind it
 * (see `measuredFeeling`). Rows that name a persona give that persona's curve; otherwise every row is
 * `personaId`'s (default: the first persona). An unknown `personaId` gets no curve and a warning.
 */
export function measuredEmotions(
  map: JourneyMap,
  rows: PlacedRow[],
  ratingColumns: readonly RatingColumn[],
  personaId: string | undefined,
  warnings: string[],
): MeasuredPoint[] {
  const emotions: MeasuredPoint[] = [];
  const withPersona = rows.some((r) => r.personaId !== undefined);
  if (personaId !== undefined && !map.personas.some((p) => p.id === personaId))
    warnings.push(`no persona with id "${personaId}": no measured curve`);
  for (const id of measuredPersonas(map, rows, personaId)) {
    if (!map.personas.some((p) => p.id === id)) continue;
    const everyone = withPersona ? rows.filter((r) => r.personaId === id) : rows;
    for (const stage of map.stages) {
      const group = everyone.filter((r) => r.stageId === stage.id);
      const { signals, n } = feelingSignals(ratingColumns, group, stage.id, everyone);
      if (n < MIN_ANSWERS) continue;
      const feeling = measuredFeeling(signals);
      if (feeling) emotions.push({ personaId: id, stageId: stage.id, ...feeling, n });
    }
  }
  return emotions;
}
