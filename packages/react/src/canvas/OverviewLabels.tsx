import type { JourneyLayout } from "@journeykit/core";
import { useStore as useFlowStore } from "@xyflow/react";

/** Line height of the overview's names, in px (12 px text). */
const LINE_PX = 15;
/** Below this on-screen width a stage shows its number only: a name would break letter by letter. */
const NAME_MIN_PX = 64;

/** The viewport's translation and zoom, as one string so the labels render only when it moves. */
const transformKey = (s: { transform: [number, number, number] }) => s.transform.join(",");

/**
 * In the overview (zoomed out past readable text), the stage and lane names drawn in screen space
 * over their headers, at a size a room can read on a projector, held at the canvas's top and left
 * edges while the map pans (stage names over lane names where they meet). Decoration: the headers underneath stay the accessible, clickable ones.
 */
export function OverviewLabels({ layout }: { layout: JourneyLayout }) {
  const [x, y, zoom] = useFlowStore(transformKey).split(",").map(Number) as [number, number, number];
  return (
    <div className="jk-overview-labels" aria-hidden="true">
      {layout.lanes.map((row) => (
        <div
          key={row.id}
          className={`jk-overview-lane jk-overview-lane--${row.kind}`}
          style={{
            left: Math.max(0, x + row.header.x * zoom),
            top: y + row.y * zoom,
            width: Math.max(100, layout.laneHeaderWidth * zoom),
            height: row.height * zoom,
          }}
        >
          <span className="jk-overview-name">{row.title}</span>
        </div>
      ))}
      {layout.stages.map((column, i) => {
        const width = column.width * zoom;
        const height = Math.max(24, column.header.height * zoom);
        // As many lines of the name as the header's height holds; a column too narrow for a word shows
        // its number alone (the header underneath still names it to a screen reader and on hover).
        const lines = Math.max(1, Math.min(3, Math.floor((height - 10) / LINE_PX)));
        return (
          <div
            key={column.id}
            className="jk-overview-stage"
            style={{ left: x + column.x * zoom, top: Math.max(0, y + column.header.y * zoom), width, height }}
          >
            <span className="jk-overview-number">{i + 1}</span>
            {width >= NAME_MIN_PX && (
              <span className="jk-overview-name" style={{ WebkitLineClamp: lines, lineClamp: lines }}>
                {column.name}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
