import { metricDescription, metricOwnerFigure, metricProvenance, metricTrend } from "@journeykit/core";
import type { NodeProps } from "@xyflow/react";
import { memo, useEffect, useId, useRef, useState } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { useLabelOptions } from "../i18n/use-label-options.js";
import type { MetricMoreNode } from "./build-metric-nodes.js";
import { MeasuredMark } from "./MeasuredMark.js";

/**
 * "+3 more" at the end of a metric list longer than its room: a button that opens the whole list
 * (every metric with its owner, figure, trend and whether it was measured), reached by Tab, opened by
 * Enter or Space, focus on its first entry, arrows move, Escape closes back onto the button. Choosing
 * an entry selects that metric (the Inspector shows it).
 */
export const MetricMoreNodeView = memo(function MetricMoreNodeView({ data }: NodeProps<MetricMoreNode>) {
  const { more } = data;
  const store = useStoreApi();
  const { t, core } = useEditorText();
  const options = useLabelOptions();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // The map is read only while the list is open: a closed "+N more" re-renders on no edit.
  const map = useJourneyMapStore((s) => (open ? s.map : undefined));
  useEffect(() => {
    if (open) list.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, [open]);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const metrics = map ? more.metricIds.flatMap((id) => map.metrics.find((m) => m.id === id) ?? []) : [];
  const label = t(more.place === "journey" ? "metricList.journey" : "metricList.stage", {
    more: more.text,
    count: more.metricIds.length,
  });
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: blur only closes the list when focus leaves it; its buttons are the controls
    <div
      className="jk-metric-more nodrag nowheel"
      data-stage-id={more.stageId}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="jk-metric-more-button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={label}
        title={label}
        onClick={() => setOpen((was) => !was)}
      >
        {more.text}
      </button>
      {open && map && (
        <ul
          ref={list}
          id={listId}
          className="jk-metric-more-list"
          aria-label={label}
          onKeyDown={(event) => {
            const items = [...(list.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
            const at = items.indexOf(document.activeElement as HTMLButtonElement);
            if (event.key === "Escape") close(true);
            else if (event.key === "ArrowDown") items[Math.min(items.length - 1, at + 1)]?.focus();
            else if (event.key === "ArrowUp") items[Math.max(0, at - 1)]?.focus();
            else return;
            event.preventDefault();
            event.stopPropagation();
          }}
        >
          {metrics.map((m) => {
            const provenance = metricProvenance(map, m, options);
            const trend = metricTrend(m, options);
            return (
              <li key={m.id}>
                <button
                  type="button"
                  title={metricDescription(map, m, options)}
                  onClick={() => {
                    store.getState().select({ kind: "metric", id: m.id });
                    close(true);
                  }}
                >
                  {provenance.measured ? <MeasuredMark /> : <span className="jk-measured-mark" />}
                  <span className="jk-metric-text">{metricOwnerFigure(map, m, options)}</span>
                  {trend && (
                    <span className={`jk-metric-trend jk-metric-trend--${trend.direction}`}>
                      {trend.text}
                    </span>
                  )}
                  <small>
                    {provenance.measured
                      ? core("metric.measured", { detail: provenance.detail })
                      : core("metric.typed")}
                  </small>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});
