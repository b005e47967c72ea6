import { lazy, Suspense, useEffect, useState } from "react";
import { MapScreen } from "./editor/MapScreen";
import { ScreenErrorBoundary } from "./errors/ScreenErrorBoundary";
import { RepairReportHost } from "./file/RepairReportHost";
import { useWorkshopText } from "./i18n/WorkshopTextProvider";
import { JoinLinkScreen } from "./live/JoinLinkScreen";
import { joinCodeOf } from "./live/join-code-link";
import { useLiveLink } from "./live/use-live-link";
import { navigate, useRoute } from "./route";
import { StartScreen } from "./start/StartScreen";
import type { WorkshopStart } from "./start/start-workshop";
import { LibraryContext, UnsavedMapsContext } from "./storage/library-context";
import { UnsavedMaps } from "./storage/unsaved-maps";
import { useThemePreference } from "./theme/theme-preference";

// A live session's screen (Yjs, the Hocuspocus provider) loads only when someone opens a join link.
const LiveScreen = lazy(() => import("./live/LiveScreen").then((module) => ({ default: module.LiveScreen })));

/**
 * The workshop app: the start screen, or one map in the editor. `start` comes from `startWorkshop()`,
 * called once outside React: StrictMode runs this component's effect twice, never the start-up.
 */
export function App({ start }: { start: Promise<WorkshopStart> }) {
  const route = useRoute();
  const live = useLiveLink();
  const [started, setStarted] = useState<WorkshopStart | null>(null);
  const [unsaved] = useState(() => new UnsavedMaps());
  const { resolved } = useThemePreference();
  const { t } = useWorkshopText();
  useEffect(() => {
    // The app's own chrome (top bar, start screen, panels) follows the same theme as the editor.
    document.documentElement.dataset.theme = resolved;
    document.documentElement.style.colorScheme = resolved;
  }, [resolved]);

  useEffect(() => {
    let live = true;
    void start.then((result) => {
      if (!live) return;
      // The very first visit opens the sample map, so a new user sees a real journey at once (not when
      // it is a short join link: that goes to its room).
      if (result.sampleId && window.location.hash === "" && !joinCodeOf(window.location.pathname))
        navigate({ screen: "map", id: result.sampleId });
      setStarted(result);
    });
    return () => {
      live = false;
    };
  }, [start]);

  if (!started) return <p className="ws-loading">{t("app.openingMaps")}</p>;
  const joinCode = live ? null : joinCodeOf(window.location.pathname);
  return (
    <LibraryContext.Provider value={started.library}>
      <UnsavedMapsContext.Provider value={unsaved}>
        <RepairReportHost>
          <ScreenErrorBoundary key={live ? `live:${live.room}` : route.screen === "map" ? route.id : "start"}>
            {joinCode ? (
              <JoinLinkScreen code={joinCode} />
            ) : live ? (
              <Suspense fallback={<p className="ws-loading">{t("app.joiningLive")}</p>}>
                <LiveScreen link={live} />
              </Suspense>
            ) : route.screen === "map" ? (
              <MapScreen id={route.id} />
            ) : (
              <StartScreen />
            )}
          </ScreenErrorBoundary>
        </RepairReportHost>
      </UnsavedMapsContext.Provider>
    </LibraryContext.Provider>
  );
}
