import type { JourneyLayout } from "@journeykit/core";
import { Panel, useStore as useFlowStore, useReactFlow } from "@xyflow/react";
import {
  type CSSProperties,
  type PointerEvent,
  type RefObject,
  useEffect,
  useId,
  useMemo,
  useRef,
} from "react";
import { minimapShapes } from "./minimap-shapes.js";
import { flowPointAt, type MinimapView, minimapView, unionOf } from "./minimap-view.js";

/** Props of `LayoutMinimap`. */
export interface LayoutMinimapProps {
  layout: JourneyLayout;
  /** The minimap's size in screen px (`minimapSize`). */
  size: { width: number; height: number };
  /** Its accessible name. */
  label: string;
  style?: CSSProperties;
}

/** Pointer travel (screen px) past which a press on the minimap is a drag, not a click. */
const CLICK_SLOP = 3;
/** Zoom per wheel pixel: React Flow's minimap step (2 ^ (0.002 x 10) per px). */
const WHEEL_ZOOM = 0.02;

/**
 * The map in small, drawn from the layout (one path per kind of shape), never from React Flow's nodes:
 * a big map stays culled while it is shown. The canvas's viewport is the clear window in its mask; a
 * click centres the canvas on that point, a drag pans it, the wheel zooms it (React Flow's classes, so
 * its theme variables apply).
 */
export function LayoutMinimap({ layout, size, label, style }: LayoutMinimapProps) {
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  const canvas = useFlowStore((s) => ({ width: s.width, height: s.height }), sameSize);
  const viewport = { x: -tx / zoom, y: -ty / zoom, width: canvas.width / zoom, height: canvas.height / zoom };
  const bounds = unionOf({ x: 0, y: 0, width: layout.width, height: layout.height }, viewport);
  const { viewBox, scale } = minimapView(bounds, size);
  const paths = useMemo(
    () =>
      minimapShapes(layout).map((shape) => (
        <path key={shape.kind} className={`jk-minimap-${shape.kind}`} d={shape.d} fill={shape.color} />
      )),
    [layout],
  );
  const svg = useRef<SVGSVGElement>(null);
  const handlers = usePan(svg, viewBox, scale);
  const titleId = useId();
  const { x, y, width, height } = viewBox;
  return (
    <Panel position="bottom-right" className="react-flow__minimap jk-minimap" style={{ ...size, ...style }}>
      <svg
        ref={svg}
        width={size.width}
        height={size.height}
        viewBox={`${x} ${y} ${width} ${height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
        {...handlers}
      >
        <title id={titleId}>{label}</title>
        {paths}
        <path
          className="react-flow__minimap-mask"
          d={`M${x},${y}h${width}v${height}h${-width}z M${viewport.x},${viewport.y}h${viewport.width}v${viewport.height}h${-viewport.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}

function sameSize(a: { width: number; height: number }, b: { width: number; height: number }): boolean {
  return a.width === b.width && a.height === b.height;
}

/**
 * Pointer and wheel handling: a drag moves the canvas's viewport with the pointer (as React Flow's
 * pannable minimap), a click centres the canvas on the point clicked, the wheel zooms about the
 * canvas's centre.
 */
function usePan(svg: RefObject<SVGSVGElement | null>, viewBox: MinimapView["viewBox"], scale: number) {
  const flow = useReactFlow();
  const press = useRef<{ x: number; y: number; last: { x: number; y: number }; moved: boolean } | null>(null);
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      void flow.zoomTo(flow.getZoom() * 2 ** (-event.deltaY * WHEEL_ZOOM));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [svg, flow]);
  return {
    onPointerDown(event: PointerEvent<SVGSVGElement>) {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      const at = { x: event.clientX, y: event.clientY };
      press.current = { ...at, last: at, moved: false };
    },
    onPointerMove(event: PointerEvent<SVGSVGElement>) {
      const p = press.current;
      if (!p) return;
      if (Math.hypot(event.clientX - p.x, event.clientY - p.y) > CLICK_SLOP) p.moved = true;
      if (!p.moved) return;
      const { x, y, zoom } = flow.getViewport();
      const step = scale * zoom;
      void flow.setViewport({
        x: x - (event.clientX - p.last.x) * step,
        y: y - (event.clientY - p.last.y) * step,
        zoom,
      });
      p.last = { x: event.clientX, y: event.clientY };
    },
    onPointerUp(event: PointerEvent<SVGSVGElement>) {
      const p = press.current;
      press.current = null;
      if (!p || p.moved) return;
      const at = flowPointAt(
        { x: event.clientX, y: event.clientY },
        event.currentTarget.getBoundingClientRect(),
        viewBox,
      );
      void flow.setCenter(at.x, at.y, { zoom: flow.getZoom() });
    },
    onPointerCancel() {
      press.current = null;
    },
  };
}
