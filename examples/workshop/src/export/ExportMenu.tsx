import type { JourneyMap } from "@journeykit/core";
import { exportPng, renderSvg, toCsv, toJson, toMermaid, toPdf, toPptx } from "@journeykit/export";
import { useEffect, useRef, useState } from "react";
import { download, fileNameFor } from "../file/download";
import "./export-menu.css";
import { loadPdfFonts } from "./pdf-fonts";

type PngPreset = "16:9" | "4:3" | "A4";

/** Above this many cards, PNGs are drawn from the model instead of captured from the DOM. */
const LARGE_MAP_CARDS = 300;

/** What the export menu offers; each writes one file. */
type ExportKind =
  | { kind: "png"; preset?: PngPreset }
  | { kind: "svg" }
  | { kind: "pptx"; size: "16:9" | "4:3" }
  | { kind: "pdf"; size: "A4" | "Letter" }
  | { kind: "csv-cards" }
  | { kind: "csv-touchpoints" }
  | { kind: "json" }
  | { kind: "mermaid" };

const ITEMS: { label: string; detail: string; what: ExportKind }[] = [
  {
    label: "PowerPoint (PPTX)",
    detail: "16:9 deck of editable shapes, quotes in the notes",
    what: { kind: "pptx", size: "16:9" },
  },
  {
    label: "PPTX · 4:3 slides",
    detail: "The same deck for 4:3 projectors",
    what: { kind: "pptx", size: "4:3" },
  },
  { label: "PDF · A4", detail: "The deck as A4 landscape pages", what: { kind: "pdf", size: "A4" } },
  { label: "PDF · Letter", detail: "The deck as US Letter pages", what: { kind: "pdf", size: "Letter" } },
  {
    label: "PNG · 16:9 slide",
    detail: "1920 × 1080 overview slide of the deck",
    what: { kind: "png", preset: "16:9" },
  },
  { label: "PNG · 4:3 slide", detail: "Overview slide, 4:3 frame", what: { kind: "png", preset: "4:3" } },
  { label: "PNG · A4", detail: "Overview slide, A4 landscape", what: { kind: "png", preset: "A4" } },
  { label: "PNG · whole map", detail: "At 2× for crisp zoom", what: { kind: "png" } },
  { label: "SVG", detail: "Vector, for print and design tools", what: { kind: "svg" } },
  { label: "CSV · cards", detail: "Spreadsheet of every card", what: { kind: "csv-cards" } },
  { label: "CSV · touchpoints", detail: "Spreadsheet of touchpoints", what: { kind: "csv-touchpoints" } },
  { label: "JSON (.journey.json)", detail: "The editable map file", what: { kind: "json" } },
  { label: "Mermaid (.md)", detail: "A journey diagram for Markdown", what: { kind: "mermaid" } },
];

export type ExportStatus =
  | { state: "idle" }
  | { state: "working"; label: string; progress?: number }
  | { state: "done"; label: string; fileName: string }
  | { state: "error"; label: string; message: string };

async function runExport(
  what: ExportKind,
  map: JourneyMap,
  element: HTMLElement | null,
  onProgress: (fraction: number) => void,
): Promise<string> {
  const title = map.title;
  switch (what.kind) {
    case "png": {
      if (!element) throw new Error("The editor is not on screen yet.");
      const blob = await exportPng(element, {
        // A slide preset draws the deck's overview slide (titled, fitted, the same as in the PPTX and PDF).
        ...(what.preset ? { preset: what.preset, slide: 1 } : { pixelRatio: 2 }),
        map,
        // Large maps draw from the model (same layout, ~100x faster than capturing 1,000+ DOM nodes).
        source: map.cards.length > LARGE_MAP_CARDS ? "model" : "dom",
        onProgress,
      });
      const name = fileNameFor(title, what.preset ? `${what.preset.replace(":", "x")}.png` : "png");
      download(blob, name);
      return name;
    }
    case "svg": {
      const name = fileNameFor(title, "svg");
      download(renderSvg(map), name, "image/svg+xml");
      return name;
    }
    case "pptx": {
      const bytes = await toPptx(map, { size: what.size });
      const name = fileNameFor(title, what.size === "16:9" ? "pptx" : "4x3.pptx");
      download(
        new Blob([bytes], {
          type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        }),
        name,
      );
      return name;
    }
    case "pdf": {
      const bytes = await toPdf(map, { size: what.size, fonts: await loadPdfFonts() });
      const name = fileNameFor(title, `${what.size}.pdf`);
      download(new Blob([bytes], { type: "application/pdf" }), name);
      return name;
    }
    case "csv-cards":
    case "csv-touchpoints": {
      const kind = what.kind === "csv-cards" ? "cards" : "touchpoints";
      const name = fileNameFor(`${title}-${kind}`, "csv");
      download(toCsv(map, { kind }), name, "text/csv");
      return name;
    }
    case "json": {
      const name = fileNameFor(title, "journey.json");
      download(toJson(map), name, "application/json");
      return name;
    }
    case "mermaid": {
      const name = fileNameFor(title, "md");
      download(`\`\`\`mermaid\n${toMermaid(map)}\n\`\`\`\n`, name, "text/markdown");
      return name;
    }
  }
}

/** The export menu: every format, with progress and errors shown to the person. */
export function ExportMenu({ map, getElement }: { map: JourneyMap; getElement: () => HTMLElement | null }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ExportStatus>({ state: "idle" });
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener("mousedown", close);
    return () => window.removeEventListener("mousedown", close);
  }, [open]);

  const start = async (label: string, what: ExportKind) => {
    setOpen(false);
    setStatus({ state: "working", label });
    try {
      const fileName = await runExport(what, map, getElement(), (progress) =>
        setStatus({ state: "working", label, progress }),
      );
      setStatus({ state: "done", label, fileName });
    } catch (error) {
      setStatus({ state: "error", label, message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="ws-menu" ref={root}>
      <button
        type="button"
        className="ws-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(event) => event.key === "Escape" && setOpen(false)}
      >
        Export ▾
      </button>
      {open && (
        <div className="ws-menu-list" role="menu" aria-label="Export formats">
          {ITEMS.map((item) => (
            <button
              type="button"
              role="menuitem"
              key={item.label}
              className="ws-menu-item"
              onClick={() => void start(item.label, item.what)}
            >
              <span>{item.label}</span>
              <small>{item.detail}</small>
            </button>
          ))}
        </div>
      )}
      <ExportStatusLine status={status} onDismiss={() => setStatus({ state: "idle" })} />
    </div>
  );
}

function ExportStatusLine({ status, onDismiss }: { status: ExportStatus; onDismiss: () => void }) {
  if (status.state === "idle") return null;
  return (
    <div
      className={`ws-toast ws-toast-${status.state}`}
      role={status.state === "error" ? "alert" : "status"}
      aria-live="polite"
    >
      {status.state === "working" && (
        <>
          Exporting {status.label}…
          {status.progress !== undefined && (
            <progress max={1} value={status.progress} aria-label="Export progress">
              {Math.round(status.progress * 100)}%
            </progress>
          )}
        </>
      )}
      {status.state === "done" && <>Exported {status.fileName}</>}
      {status.state === "error" && (
        <>
          {status.label} export failed: {status.message}
        </>
      )}
      {status.state !== "working" && (
        <button type="button" className="ws-button ws-button-quiet" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      )}
    </div>
  );
}
