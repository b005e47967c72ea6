// @journeykit/react: the journey-map editor. Every export is listed by name.
import "./styles/index.css";

export { Inspector } from "./additional-components/Inspector";
export { PersonaPanel } from "./additional-components/PersonaPanel";
export { Toolbar } from "./additional-components/Toolbar";
export { EmotionCurve } from "./components/EmotionCurve";
export {
  JourneyMapEditor,
  type JourneyMapEditorHandle,
  type JourneyMapEditorProps,
} from "./components/JourneyMapEditor";
export { JourneyMapProvider, type JourneyMapProviderProps } from "./components/JourneyMapProvider";
export { PersonaLegend } from "./components/PersonaLegend";
export { JourneyCanvas } from "./container/JourneyCanvas";
export { type ErrorCode, errorMessages } from "./errors";
export { type JourneyMapApi, useJourneyMap } from "./hooks/useJourneyMap";
export { useJourneyMapStore } from "./hooks/useJourneyMapStore";
export { useSelection } from "./hooks/useSelection";
export { useStoreApi } from "./hooks/useStoreApi";
export {
  createJourneyMapStore,
  type DispatchMode,
  type JourneyMapState,
  type JourneyMapStore,
  type JourneyMapStoreInit,
} from "./store/create-journey-map-store";
export type { Cell, EditorTheme, Selection } from "./types/selection";
