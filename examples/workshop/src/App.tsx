import { useEffect, useState } from "react";
import { MapScreen } from "./editor/MapScreen";
import { navigate, useRoute } from "./route";
import { StartScreen } from "./start/StartScreen";
import { seedSampleMap } from "./start/seed-sample-map";
import { LibraryContext, MapLibrary } from "./storage/library-context";

/** The workshop app: the start screen, or one map in the editor. */
export function App({ library: given }: { library?: MapLibrary }) {
  const [library] = useState(() => given ?? new MapLibrary());
  const route = useRoute();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // The very first visit opens a sample map, so a new user sees a real journey at once.
    void seedSampleMap(library).then((sampleId) => {
      if (sampleId && window.location.hash === "") navigate({ screen: "map", id: sampleId });
      setReady(true);
    });
  }, [library]);

  if (!ready) return null;
  return (
    <LibraryContext.Provider value={library}>
      {route.screen === "map" ? <MapScreen id={route.id} /> : <StartScreen />}
    </LibraryContext.Provider>
  );
}
