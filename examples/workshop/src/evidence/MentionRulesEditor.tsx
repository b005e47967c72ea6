import type { JourneyMap } from "@journeykit/core";
import type { MentionRule } from "@journeykit/evidence";
import { useId } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

const keywordsOf = (text: string) =>
  text
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);

/**
 * The mention rules, one per stage and touchpoint: a row whose comment mentions one of its keywords
 * goes there. Shown when no column says which stage a row is about.
 */
export function MentionRulesEditor({
  map,
  rules,
  onRules,
}: {
  map: JourneyMap;
  rules: MentionRule[];
  onRules: (rules: MentionRule[]) => void;
}) {
  const id = useId();
  const { t } = useWorkshopText();
  // Every touchpoint and stage has a field, with its rule's words when it has a rule (reused rules may
  // cover only some places); a rule left without words is dropped.
  const samePlace = (a: MentionRule, b: MentionRule) =>
    a.stageId === b.stageId && a.touchpointId === b.touchpointId;
  const everyPlace: MentionRule[] = [
    ...map.touchpoints.map((t) => ({ stageId: t.stageId, touchpointId: t.id, keywords: [] })),
    ...map.stages.map((s) => ({ stageId: s.id, keywords: [] })),
  ];
  const places: MentionRule[] = [
    ...everyPlace.map((place) => rules.find((r) => samePlace(r, place)) ?? place),
    ...rules.filter((r) => !everyPlace.some((place) => samePlace(r, place))),
  ];
  const commit = (index: number, text: string) => {
    const place = places[index];
    if (!place) return;
    const keywords = keywordsOf(text);
    if (keywords.join("\n") === place.keywords.join("\n")) return;
    const next = rules.some((r) => samePlace(r, place))
      ? rules.map((r) => (samePlace(r, place) ? { ...r, keywords } : r))
      : [...rules, { ...place, keywords }];
    onRules(next.filter((r) => r.keywords.length > 0));
  };
  const placeName = (rule: MentionRule) => {
    const stage = map.stages.find((s) => s.id === rule.stageId)?.name ?? rule.stageId;
    const touchpoint = rule.touchpointId && map.touchpoints.find((t) => t.id === rule.touchpointId)?.name;
    return touchpoint ? `${stage} › ${touchpoint}` : stage;
  };
  return (
    <section className="ws-ev-rules" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("evidence.rulesTitle")}</h3>
      <p className="ws-ev-muted">{t("evidence.rulesHelp")}</p>
      <ul className="ws-ev-rule-list">
        {places.map((rule, i) => {
          const name = placeName(rule);
          return (
            <li key={`${rule.stageId}/${rule.touchpointId ?? ""}`}>
              <label htmlFor={`${id}-${i}`}>{name}</label>
              <input
                id={`${id}-${i}`}
                type="text"
                defaultValue={rule.keywords.join(", ")}
                aria-label={t("evidence.wordsFor", { place: name })}
                onBlur={(event) => commit(i, event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === "Enter") commit(i, event.currentTarget.value);
                }}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
