import { coreTranslator } from "../i18n/core-catalogue.js";
import type { LabelOptions } from "../labels/format-number.js";
import type { LaneKind } from "../records/lane.js";
import type { BlueprintLine, LaneRow } from "./journey-layout.js";

const CUSTOMER_SIDE = (kind: LaneKind) => !["frontstage", "backstage", "support", "evidence"].includes(kind);

/**
 * The service-blueprint lines, each at the top of the first lane of its group and only when a lane
 * of the group above comes earlier: interaction (customer | frontstage), visibility (frontstage |
 * backstage), internal interaction (backstage | support), labelled in core's words (`labels.messages`).
 */
export function layoutBlueprintLines(
  lanes: LaneRow[],
  x1: number,
  x2: number,
  labels: LabelOptions = {},
): BlueprintLine[] {
  const { t } = coreTranslator(labels);
  const lines: BlueprintLine[] = [];
  const firstOf = (kind: LaneKind) => lanes.findIndex((l) => l.kind === kind);
  const add = (
    kind: BlueprintLine["kind"],
    label: string,
    index: number,
    before: (k: LaneKind) => boolean,
  ) => {
    if (index > 0 && lanes.slice(0, index).some((l) => before(l.kind)))
      lines.push({ kind, label, y: lanes[index]!.y, x1, x2 });
  };
  add("interaction", t("blueprint.interaction"), firstOf("frontstage"), CUSTOMER_SIDE);
  add("visibility", t("blueprint.visibility"), firstOf("backstage"), (k) => k === "frontstage");
  add("internal", t("blueprint.internal"), firstOf("support"), (k) => k === "backstage");
  return lines;
}
