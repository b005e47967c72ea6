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
 * Every cell goes through here: text (ids, names, enum values, free text) is neutralised against CSV
 * injection, numbers (ratings and votes of a valid map: never negative) are written as they are.
 */
const cell = (value: string | number | undefined) =>
  typeof value === "number" ? value : escapeCsvText(value ?? "");

/**
 * Cards (default) or touchpoints as CSV with a header row, names instead of ids for stages, lanes,
 * personas and touchpoints, quoting of commas/quotes/newlines, and every text cell (ids, names and
 * enum values included) neutralised against CSV injection (see `escapeCsvText`). Throws when the map
 * is invalid.
 *
 * @example
 * download(toCsv(map), "cards.csv");
 */
export function toCsv(map: JourneyMap, { kind = "cards" }: ToCsvOptions = {}): string {
  const valid = trustedMap(map);
  const byId = <T extends { id: string }>(list: T[]) => {
    const index = new Map<string, T>();
    for (const record of list) if (!index.has(record.id)) index.set(record.id, record);
    return index;
  };
  const stages = byId(valid.stages);
  const lanes = byId(valid.lanes);
  const personas = byId(valid.personas);
  const touchpoints = byId(valid.touchpoints);
  const rows: (string | number)[][] =
    kind === "cards"
      ? valid.cards.map((card) => {
          const lane = lanes.get(card.laneId)!;
          return [
            card.id,
            stages.get(card.stageId)?.name,
            lane.title,
            lane.kind,
            card.text,
            card.personaId === undefined ? "" : personas.get(card.personaId)?.name,
            card.touchpointId === undefined ? "" : touchpoints.get(card.touchpointId)?.name,
            card.severity,
            card.impact,
            card.effort,
            card.votes,
            card.evidence,
            (card.tags ?? []).join("; "),
          ].map(cell);
        })
      : valid.touchpoints.map((tp) =>
          [
            tp.id,
            stages.get(tp.stageId)?.name,
            tp.name,
            tp.channel,
            tp.owner,
            tp.description,
            (tp.personaIds ?? []).map((id) => personas.get(id)?.name ?? "").join("; "),
          ].map(cell),
        );
  const fields = kind === "cards" ? [...CARD_COLUMNS] : [...TOUCHPOINT_COLUMNS];
  return `${Papa.unparse({ fields, data: rows }, { newline: "\r\n", quotes: false })}\r\n`;
}
