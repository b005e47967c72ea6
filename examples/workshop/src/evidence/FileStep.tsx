import { formatNumber } from "@journeykit/core";
import { useRef, useState } from "react";
import { RichText, slot } from "../i18n/RichText";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** Where the file is being read, or what went wrong reading it. */
export interface ReadState {
  fileName: string;
  fraction: number;
  rows: number;
}

/** Step 1: pick or drop a survey export; progress while it is read; a clear error when it cannot be. */
export function FileStep({
  reading,
  error,
  onFile,
}: {
  reading: ReadState | undefined;
  error: string | undefined;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { t, locale } = useWorkshopText();
  return (
    <div className="ws-ev-file">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping complements the Choose file button */}
      <div
        className={`ws-ev-drop${over ? " ws-ev-drop-over" : ""}`}
        data-testid="evidence-dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setOver(false);
          const file = event.dataTransfer.files[0];
          if (file) onFile(file);
        }}
      >
        <p className="ws-ev-drop-title">{t("evidence.dropTitle")}</p>
        <p className="ws-ev-muted">{t("evidence.dropHelp")}</p>
        <button
          type="button"
          className="ws-button ws-button-primary"
          data-autofocus
          aria-disabled={reading !== undefined}
          onClick={() => {
            if (!reading) input.current?.click();
          }}
        >
          {t("evidence.chooseFile")}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label={t("evidence.fileInput")}
          data-testid="evidence-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) onFile(file);
          }}
        />
      </div>
      {reading && (
        <div className="ws-ev-progress" role="status" aria-live="polite">
          <span>
            <RichText
              text={t("evidence.reading", {
                file: slot("file"),
                percent: `${formatNumber(reading.fraction * 100, { locale })}%`,
                rows: t("evidence.rows", { count: reading.rows }),
              })}
              parts={{ file: <strong>{reading.fileName}</strong> }}
            />
          </span>
          <progress max={1} value={reading.fraction} aria-label={t("evidence.readingProgress")} />
        </div>
      )}
      {error && (
        <div className="ws-alert ws-alert-error" role="alert" aria-label={t("evidence.readFailedLabel")}>
          <strong>{t("evidence.readFailed")}</strong>
          <p>{error}</p>
          <p>{t("evidence.nothingAdded")}</p>
        </div>
      )}
      <p className="ws-ev-muted ws-ev-privacy">{t("evidence.privacy")}</p>
    </div>
  );
}
