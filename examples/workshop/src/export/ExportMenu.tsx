import type { JourneyMap } from "@journeykit/core";
import {
  exportPng,
  loadExportMessages,
  renderSvg,
  toCsv,
  toJson,
  toMermaid,
  toPdf,
  toPptx,
} from "@journeykit/export";
import { useEffect, useRef, useState } from "react";
import { download, fileNameFor } from "../file/download";
import "./export-menu.css";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { WorkshopText } from "../i18n/workshop-catalogue";
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

/** The menu's items in order; their words are `export.<id>.label` and `.detail` in the catalogue. */
const ITEMS = [
  { id: "pptx169", what: { kind: "pptx", size: "16:9" } },
  { id: "pptx43", what: { kind: "pptx", size: "4:3" } },
  { id: "pdfA4", what: { kind: "pdf", size: "A4" } },
  { id: "pdfLetter", what: { kind: "pdf", size: "Letter" } },
  { id: "png169", what: { kind: "png", preset: "16:9" } },
  { id: "png43", what: { kind: "png", preset: "4:3" } },
  { id: "pngA4", what: { kind: "png", preset: "A4" } },
  { id: "pngWhole", what: { kind: "png" } },
  { id: "svg", what: { kind: "svg" } },
  { id: "csvCards", what: { kind: "csv-cards" } },
  { id: "csvTouchpoints", what: { kind: "csv-touchpoints" } },
  { id: "json", what: { kind: "json" } },
  { id: "mermaid", what: { kind: "mermaid" } },
] as const satisfies readonly { id: string; what: ExportKind }[];

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
  { t, locale }: WorkshopText,
): Promise<string> {
  // The files' own words and numbers in the app's language; CSV, JSON and Mermaid hold the map's alone.
  const title = map.title;
  switch (what.kind) {
    case "png": {
      if (!element) throw new Error(t("export.notOnScreen"));
      const blob = await exportPng(element, {
        // A slide preset draws the deck's overview slide (titled, fitted, the same as in the PPTX and PDF).
        ...(what.preset ? { preset: what.preset, slide: 1 } : { pixelRatio: 2 }),
        map,
        // Large maps draw from the model (same layout, ~100x faster than capturing 1,000+ DOM nodes).
        source: map.cards.length > LARGE_MAP_CARDS ? "model" : "dom",
        locale,
        onProgress,
      });
      const name = fileNameFor(title, what.preset ? `${what.preset.replace(":", "x")}.png` : "png");
      download(blob, name);
      return name;
    }
    case "svg": {
      const name = fileNameFor(title, "svg");
      download(renderSvg(map, { locale, messages: await loadExportMessages(locale) }), name, "image/svg+xml");
      return name;
    }
    case "pptx": {
      const bytes = await toPptx(map, { size: what.size, locale });
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
      const bytes = await toPdf(map, { size: what.size, locale, fonts: await loadPdfFonts() });
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
  const text = useWorkshopText();
  const { t } = text;

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
      const fileName = await runExport(
        what,
        map,
        getElement(),
        (progress) => setStatus({ state: "working", label, progress }),
        text,
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
        {t("export.button")}
      </button>
      {open && (
        <div className="ws-menu-list" role="menu" aria-label={t("export.formats")}>
          {ITEMS.map((item) => (
            <button
              type="button"
              role="menuitem"
              key={item.id}
              className="ws-menu-item"
              onClick={() => void start(t(`export.${item.id}.label`), item.what)}
            >
              <span>{t(`export.${item.id}.label`)}</span>
              <small>{t(`export.${item.id}.detail`)}</small>
            </button>
          ))}
        </div>
      )}
      <ExportStatusLine status={status} onDismiss={() => setStatus({ state: "idle" })} />
    </div>
  );
}

function ExportStatusLine({ status, onDismiss }: { status: ExportStatus; onDismiss: () => void }) {
  const { t } = useWorkshopText();
  if (status.state === "idle") return null;
  return (
    <div
      className={`ws-toast ws-toast-${status.state}`}
      role={status.state === "error" ? "alert" : "status"}
      aria-live="polite"
    >
      {status.state === "working" && (
        <>
          {t("export.working", { label: status.label })}
          {status.progress !== undefined && (
            <progress max={1} value={status.progress} aria-label={t("export.progress")}>
              {Math.round(status.progress * 100)}%
            </progress>
          )}
        </>
      )}
      {status.state === "done" && t("export.done", { file: status.fileName })}
      {status.state === "error" && t("export.failed", { label: status.label, message: status.message })}
      {status.state !== "working" && (
        <button
          type="button"
          className="ws-button ws-button-quiet"
          onClick={onDismiss}
          aria-label={t("common.dismiss")}
        >
          ×
        </button>
      )}
    </div>
  );
}
