import { type Card, EVIDENCE_LEVELS, type EvidenceLevel, LANE_KINDS, type LaneKind } from "@journeykit/core";
import { splitList, textCell, valueCell } from "./csv-cells.js";
import { type CsvImport, keepOr, loose, without } from "./csv-import.js";
import type { CsvRow } from "./csv-rows.js";

/** The fields a cards CSV holds; an update replaces exactly these (a blank cell removes the field). */
const CARD_FIELDS = [
  "laneId",
  "stageId",
  "text",
  "personaId",
  "touchpointId",
  "severity",
  "impact",
  "effort",
  "votes",
  "evidence",
  "tags",
] as const;

/** The card's lane: its own while the cell shows its title (and kind), else the lane the cells name. */
function laneIdOf(csv: CsvImport, row: CsvRow, line: number, existing: Card | undefined): string {
  const kind = csv.oneOf<LaneKind>(row, "laneKind", line, LANE_KINDS);
  const laneCell = textCell(row, "lane");
  const currentLane = csv.lanes.get(existing?.laneId);
  return currentLane &&
    (currentLane.title === laneCell || loose(currentLane.title, laneCell)) &&
    (!kind || kind === currentLane.kind)
    ? currentLane.id
    : csv.laneFor(laneCell, kind).id;
}

/** The votes cell: a whole number from 0 to a million; anything else is an error (and no votes). */
function votesOf(csv: CsvImport, row: CsvRow, line: number): number | undefined {
  const votesText = valueCell(row, "votes");
  const votes = votesText === "" ? undefined : Number(votesText);
  if (votes !== undefined && !(Number.isInteger(votes) && votes >= 0 && votes <= 1_000_000)) {
    csv.errors.push({
      path: `row ${line}, column votes`,
      message: `expected a whole number of votes, got ${JSON.stringify(votesText)}`,
    });
  }
  return votes;
}

/** One row of a cards CSV: updates the card with its id, or adds one. */
export function readCardRow(csv: CsvImport, row: CsvRow, line: number): void {
  const { given: givenId, existing } = csv.idCell(row, csv.cards);
  const stageCell = textCell(row, "stage");
  const stageId = keepOr(
    existing?.stageId,
    csv.nameOf(csv.stages, existing?.stageId, (s) => s.name),
    stageCell,
    () => csv.stageFor(stageCell).id,
  );
  const laneId = laneIdOf(csv, row, line, existing);
  const personaCell = textCell(row, "persona");
  const personaId = keepOr(
    existing?.personaId,
    csv.nameOf(csv.personas, existing?.personaId, (p) => p.name),
    personaCell,
    () => (personaCell ? csv.personaFor(personaCell) : undefined),
  );
  const touchpointCell = textCell(row, "touchpoint");
  const touchpointId = keepOr(
    existing?.touchpointId,
    csv.nameOf(csv.touchpoints, existing?.touchpointId, (t) => t.name),
    touchpointCell,
    () => (touchpointCell ? csv.touchpointFor(touchpointCell, stageId) : undefined),
  );
  const votes = votesOf(csv, row, line);
  const evidence = csv.oneOf<EvidenceLevel>(row, "evidence", line, EVIDENCE_LEVELS);
  const tagsCell = textCell(row, "tags");
  const tags =
    existing && (existing.tags ?? []).join("; ") === tagsCell ? existing.tags : splitList(tagsCell);
  const severity = csv.rating(row, "severity", line);
  const impact = csv.rating(row, "impact", line);
  const effort = csv.rating(row, "effort", line);
  const fields: Omit<Card, "id"> = {
    laneId,
    stageId,
    text: textCell(row, "text"),
    ...(personaId ? { personaId } : {}),
    ...(touchpointId ? { touchpointId } : {}),
    ...(severity ? { severity } : {}),
    ...(impact ? { impact } : {}),
    ...(effort ? { effort } : {}),
    ...(votes !== undefined && Number.isInteger(votes) && votes >= 0 ? { votes } : {}),
    ...(evidence ? { evidence } : {}),
    ...(tags && (tags.length || existing?.tags) ? { tags } : {}),
  };
  if (existing) csv.cards.replace({ ...without(existing, CARD_FIELDS), id: existing.id, ...fields });
  else csv.cards.push({ id: csv.newId(givenId, "card"), ...fields });
}
