import { useState } from "react";
import "./live.css";
import { LiveSessionDialog } from "./LiveSessionDialog";

/** The "Start live session" button on a map's screen, and its dialog (the map seeds the room). */
export function LiveLauncher({ mapId }: { mapId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="ws-button ws-live-launch" onClick={() => setOpen(true)}>
        <span className="ws-live-dot" aria-hidden="true" /> Start live session
      </button>
      {open && <LiveSessionDialog mode="start" mapId={mapId} onClose={() => setOpen(false)} />}
    </>
  );
}
