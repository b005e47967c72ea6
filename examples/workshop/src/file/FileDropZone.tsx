import { type ReactNode, useState } from "react";
import "./file.css";

/** A region that accepts dropped files, with a visible hint while something is dragged over it. */
export function FileDropZone({ onFile, children }: { onFile: (file: File) => void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: drag-and-drop complements the file picker button
    <div
      className={`ws-dropzone${over ? " ws-dropzone-over" : ""}`}
      data-testid="dropzone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
    </div>
  );
}
