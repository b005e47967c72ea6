import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { WorkshopT } from "../i18n/workshop-catalogue";
import { groupRepairs, type ReportedRepair } from "./repair-report";

/** The heading of each kind of repair core makes; a kind this list does not know shows as core names it. */
const GROUP_HEADINGS = {
  "cleared reference": "repair.group.clearedReference",
  "set aside record": "repair.group.setAsideRecord",
  "gave new id": "repair.group.gaveNewId",
  "replaced value": "repair.group.replacedValue",
  "cleared value": "repair.group.clearedValue",
  "cut text": "repair.group.cutText",
  "filled missing field": "repair.group.filledMissingField",
  "removed list item": "repair.group.removedListItem",
} as const;

const headingOf = (action: string, t: WorkshopT) =>
  action in GROUP_HEADINGS ? t(GROUP_HEADINGS[action as keyof typeof GROUP_HEADINGS]) : action;

/** Every repair, grouped by what was done, each with its sentence and where in the file it was. */
export function RepairGroupList({ repairs }: { repairs: readonly ReportedRepair[] }) {
  const { t } = useWorkshopText();
  return groupRepairs(repairs).map((group) => (
    <section key={group.action} className="ws-repair-group" aria-label={headingOf(group.action, t)}>
      <h3>
        {headingOf(group.action, t)} <span className="ws-repair-count">{group.repairs.length}</span>
      </h3>
      <ul>
        {group.repairs.map((repair, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one path can be repaired twice; order is stable
          <li key={i}>
            {repair.message}
            {repair.path && <code className="ws-repair-path">{repair.path}</code>}
          </li>
        ))}
      </ul>
    </section>
  ));
}
