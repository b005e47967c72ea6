import { useRef } from "react";

export const OPENABLE =
  ".json,.journey.json,.png,.md,.mmd,.csv,application/json,image/png,text/csv,text/markdown";

/** A button that opens the system file picker for maps, PNG exports, Mermaid and CSV files. */
export function OpenFileButton({
  onFile,
  label = "Open file…",
}: {
  onFile: (file: File) => void;
  label?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="ws-button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={OPENABLE}
        hidden
        aria-label="Open a journey map file"
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
