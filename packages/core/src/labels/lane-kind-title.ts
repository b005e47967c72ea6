import { coreTranslator } from "../i18n/core-catalogue.js";
import type { LaneKind } from "../records/lane.js";
import type { LabelOptions } from "./format-number.js";

/**
 * What a lane kind is called in core's words (English, as `LANE_KIND_TITLES`, or `options.messages`):
 * the title a new lane of that kind gets, and the kind's name in a menu.
 *
 * @example
 * laneKindTitle("painPoints"); // "Pain points"
 * laneKindTitle("painPoints", { locale: "fr", messages: coreFr }); // "Irritants"
 */
export function laneKindTitle(kind: LaneKind, options: LabelOptions = {}): string {
  return coreTranslator(options).t(`laneKind.${kind}`);
}
