import { CHANNELS, type Channel, type Touchpoint } from "@journeykit/core";
import { splitList, textCell } from "./csv-cells.js";
import { type CsvImport, keepOr, without } from "./csv-import.js";
import type { CsvRow } from "./csv-rows.js";

/** The fields a touchpoints CSV holds; an update replaces exactly these (a blank cell removes the field). */
const TOUCHPOINT_FIELDS = ["stageId", "name", "channel", "owner", "description", "personaIds"] as const;

/** The touchpoint's personas: its own while the cell shows their names, else those the cell names. */
function personaIdsOf(csv: CsvImport, existing: Touchpoint | undefined, cell: string) {
  const shown = existing?.personaIds
    ?.map((id) => csv.nameOf(csv.personas, id, (p) => p.name) ?? "")
    .join("; ");
  return existing && shown === cell
    ? existing.personaIds
    : splitList(cell).map((name) => csv.personaFor(name));
}

/** One row of a touchpoints CSV: updates the touchpoint with its id, or adds one. */
export function readTouchpointRow(csv: CsvImport, row: CsvRow, line: number): void {
  const { given: givenId, existing } = csv.idCell(row, csv.touchpoints);
  const stageCell = textCell(row, "stage");
  const stageId = keepOr(
    existing?.stageId,
    csv.nameOf(csv.stages, existing?.stageId, (s) => s.name),
    stageCell,
    () => csv.stageFor(stageCell).id,
  );
  const channel = csv.oneOf<Channel>(row, "channel", line, CHANNELS) ?? "other";
  const personaIds = personaIdsOf(csv, existing, textCell(row, "personas"));
  const owner = textCell(row, "owner");
  const description = textCell(row, "description");
  const fields: Omit<Touchpoint, "id"> = {
    stageId,
    name: textCell(row, "name"),
    channel,
    ...(owner || existing?.owner === "" ? { owner } : {}),
    ...(description || existing?.description === "" ? { description } : {}),
    ...(personaIds && (personaIds.length || existing?.personaIds) ? { personaIds } : {}),
  };
  if (existing)
    csv.touchpoints.replace({ ...without(existing, TOUCHPOINT_FIELDS), id: existing.id, ...fields });
  else csv.touchpoints.push({ id: csv.newId(givenId, "tp"), ...fields });
}
