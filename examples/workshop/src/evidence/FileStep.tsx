import { useRef, useState } from "react";

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
        <p className="ws-ev-drop-title">Drop a survey or feedback export here</p>
        <p className="ws-ev-muted">
          CSV or Excel (.xlsx): SurveyMonkey, Google Forms, Typeform, Qualtrics, review exports or your own
          table with NPS, CSAT, CES, ratings and comments.
        </p>
        <button
          type="button"
          className="ws-button ws-button-primary"
          data-autofocus
          aria-disabled={reading !== undefined}
          onClick={() => {
            if (!reading) input.current?.click();
          }}
        >
          Choose file…
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label="Survey or feedback file"
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
            Reading <strong>{reading.fileName}</strong>… {Math.round(reading.fraction * 100)}% ·{" "}
            {reading.rows.toLocaleString("en-US")} rows
          </span>
          <progress max={1} value={reading.fraction} aria-label="Reading progress" />
        </div>
      )}
      {error && (
        <div className="ws-alert ws-alert-error" role="alert" aria-label="File could not be read">
          <strong>The file could not be read.</strong>
          <p>{error}</p>
          <p>Nothing was added to the map. Choose another file, or fix this one and try again.</p>
        </div>
      )}
      <p className="ws-ev-muted ws-ev-privacy">
        The file is read in this browser only: nothing is uploaded. The map keeps totals per stage and a few
        quotes, with e-mails, phone numbers, card numbers and links removed, never the rows.
      </p>
    </div>
  );
}
