import type { Stage } from "@journeykit/core";
import { type CSSProperties, type KeyboardEvent, useEffect, useRef } from "react";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import type { Leader } from "../follow/whom-to-follow";

/** The tab of a stage in the row (stage ids are other people's data: compared, not put in a selector). */
const tabOf = (row: HTMLElement | null, stageId: string) =>
  [...(row?.querySelectorAll<HTMLElement>("[data-stage-id]") ?? [])].find(
    (tab) => tab.dataset.stageId === stageId,
  );

/** The id of a stage's tab, for its panel's aria-labelledby. */
export const stageTabId = (base: string, stageId: string) => `${base}-tab-${stageId}`;

/**
 * The stages as a row of tabs the width of the phone (it scrolls sideways; the chosen tab is brought
 * into view): a tap picks a stage; with the keyboard, ← → Home End move between them. The stage the
 * presenter shows carries a dot in their colour.
 */
export function StageTabs({
  stages,
  selected,
  onPick,
  panelId,
  base,
  presenter,
}: {
  stages: readonly Stage[];
  selected: string | undefined;
  onPick: (stageId: string) => void;
  /** The id of the panel the tabs control. */
  panelId: string;
  /** A prefix for the tabs' ids. */
  base: string;
  /** Who presents, and the stage they show, if anyone presents a stage. */
  presenter: { leader: Leader; stageId: string } | undefined;
}) {
  const { t } = useWorkshopText();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected) return;
    const tab = tabOf(list.current, selected);
    // jsdom has no scrollIntoView; a browser brings the tab into the row's view.
    tab?.scrollIntoView?.({ block: "nearest", inline: "center" });
  }, [selected]);
  const keys = (event: KeyboardEvent, index: number) => {
    const last = stages.length - 1;
    const to =
      event.key === "ArrowRight"
        ? Math.min(last, index + 1)
        : event.key === "ArrowLeft"
          ? Math.max(0, index - 1)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    const stage = to === undefined ? undefined : stages[to];
    if (!stage) return;
    event.preventDefault();
    onPick(stage.id);
    tabOf(list.current, stage.id)?.focus();
  };
  return (
    <div ref={list} className="ws-phone-tabs" role="tablist" aria-label={t("phone.stages")}>
      {stages.map((stage, index) => {
        const chosen = stage.id === selected;
        const presented = presenter?.stageId === stage.id;
        return (
          <button
            key={stage.id}
            type="button"
            role="tab"
            id={stageTabId(base, stage.id)}
            data-stage-id={stage.id}
            aria-selected={chosen}
            aria-controls={chosen ? panelId : undefined}
            tabIndex={chosen ? 0 : -1}
            className="ws-phone-tab"
            onClick={() => onPick(stage.id)}
            onKeyDown={(event) => keys(event, index)}
          >
            {stage.name || t("phone.unnamedStage", { index: index + 1 })}
            {presented && presenter && (
              <span
                className="ws-phone-presenter-dot"
                style={{ "--ws-follow-colour": presenter.leader.colour } as CSSProperties}
                title={t("phone.presenterHere", { name: presenter.leader.name })}
              >
                <span className="ws-phone-hidden">
                  , {t("phone.presenterHere", { name: presenter.leader.name })}
                </span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
