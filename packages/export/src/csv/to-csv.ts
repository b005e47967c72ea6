import type { JourneyMap } from "@journeykit/core";
import Papa from "papaparse";
import { trustedMap } from "../trusted-map.js";
import { escapeCsvText } from "./csv-injection.js";

/** The columns of a cards CSV, in order. */
export const CARD_COLUMNS = [
  "id",
  "stage",
  "lane",
  "laneKind",
  "text",
  "persona",
  "touchpoint",
  "severity",
  "impact",
  "effort",
  "votes",
  "evidence",
  "tags",
] as const;

/** The columns of a touchpoints CSV, in order. */
export const TOUCHPOINT_COLUMNS = [
  "id",
  "stage",
  "name",
  "channel",
  "owner",
  "description",
  "personas",
] as const;

/** Options of `toCsv`: which records become rows. */
export interface ToCsvOptions {
  kind?: "cards" | "touchpoints";
}

/**
 * Cards (default) or touchpoints as CSV with a header row, names instead of ids for stages, lanes,
 * personas and touchpoints, quoting of commas/quotes/newlines, and text cells neutralised against
 * CSV injection. Throws when the map is invalid.
 *
 * @example
 * download(toCsv(map), "cards.csv");
 */
export function toCsv(map: JourneyMap, { kind = "cards" }: ToCsvOptions = {}): string {
  const valid = trustedMap(map);
  const name = <T extends { id: string }>(list: T[], id: string | undefined, field: (t: T) => string) => {
    const found = id === undefined ? undefined : list.find((r) => r.id === id);
    return found ? escapeCsvText(field(found)) : "";
  };
  const rows =
    kind === "cards"
      ? valid.cards.map((card) => {
          const lane = valid.lanes.find((l) => l.id === card.laneId)!;
          return [
            card.id,
            name(valid.stages, card.stageId, (s) => s.name),
            escapeCsvText(lane.title),
            lane.kind,
            escapeCsvText(card.text),
            name(valid.personas, card.personaId, (p) => p.name),
            name(valid.touchpoints, card.touchpointId, (t) => t.name),
            card.severity ?? "",
            card.impact ?? "",
            card.effort ?? "",
            card.votes ?? "",
            card.evidence ?? "",
            escapeCsvText((card.tags ?? []).join("; ")),
          ];
        })
      : valid.touchpoints.map((tp) => [
          tp.id,
          name(valid.stages, tp.stageId, (s) => s.name),
          escapeCsvText(tp.name),
          tp.channel,
          escapeCsvText(tp.owner ?? ""),
          escapeCsvText(tp.description ?? ""),
          escapeCsvText(
            (tp.personaIds ?? []).map((id) => valid.personas.find((p) => p.id === id)?.name ?? "").join("; "),
          ),
        ]);
  const fields = kind === "cards" ? [...CARD_COLUMNS] : [...TOUCHPOINT_COLUMNS];
  return `${Papa.unparse({ fields, data: rows }, { newline: "\r\n", quotes: false })}\r\n`;
}
