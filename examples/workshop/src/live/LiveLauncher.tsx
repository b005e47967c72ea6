import { lazy, Suspense, useState } from "react";
import { servedByJourneykitServer } from "./served-by-server";
import "./live.css";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

// The dialog (and its QR code encoder) loads on the first click, not with every map screen.
const LiveSessionDialog = lazy(() =>
  import("./LiveSessionDialog").then((module) => ({ default: module.LiveSessionDialog })),
);
const ServedLiveDialog = lazy(() =>
  import("./ServedLiveDialog").then((module) => ({ default: module.ServedLiveDialog })),
);

/**
 * The "● Live" button in a map's top bar (it starts a live session), and its dialog (the map seeds the
 * room): served by journeykit-server, it asks only for the facilitator passcode; elsewhere (a dev server,
 * a static host) for the server's address, the room and a facilitator's token.
 */
export function LiveLauncher({ mapId }: { mapId: string }) {
  const [open, setOpen] = useState(false);
  const { t } = useWorkshopText();
  return (
    <>
      <button
        type="button"
        className="ws-button"
        aria-label={t("live.launcher")}
        title={t("live.launcherTitle")}
        onClick={() => setOpen(true)}
      >
        <span className="ws-live-dot" aria-hidden="true" /> {t("live.launcherButton")}
      </button>
      {open && (
        <Suspense fallback={null}>
          {servedByJourneykitServer() ? (
            <ServedLiveDialog mapId={mapId} onClose={() => setOpen(false)} />
          ) : (
            <LiveSessionDialog mode="start" mapId={mapId} onClose={() => setOpen(false)} />
          )}
        </Suspense>
      )}
    </>
  );
}
