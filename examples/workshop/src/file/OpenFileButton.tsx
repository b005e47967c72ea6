import { useRef } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

export const OPENABLE =
  ".json,.journey.json,.png,.md,.mmd,.csv,application/json,image/png,text/csv,text/markdown";

/** A button that opens the system file picker for maps, PNG exports, Mermaid and CSV files. */
export function OpenFileButton({ onFile, label }: { onFile: (file: File) => void; label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const { t } = useWorkshopText();
  return (
    <>
      <button type="button" className="ws-button" onClick={() => input.current?.click()}>
        {label ?? t("start.openFile")}
      </button>
      <input
        ref={input}
        type="file"
        accept={OPENABLE}
        hidden
        aria-label={t("openFile.input")}
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
