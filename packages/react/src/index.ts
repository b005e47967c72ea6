// @journeykit/react: the journey-map editor. Every export is listed by name.

export { Inspector } from "./additional-components/Inspector/index.js";
export { PersonaPanel } from "./additional-components/PersonaPanel/index.js";
export { Toolbar } from "./additional-components/Toolbar/index.js";
export { EmotionCurve } from "./components/EmotionCurve/index.js";
export {
  JourneyMapEditor,
  type JourneyMapEditorHandle,
  type JourneyMapEditorProps,
} from "./components/JourneyMapEditor/index.js";
export { JourneyMapProvider, type JourneyMapProviderProps } from "./components/JourneyMapProvider/index.js";
export { PersonaLegend } from "./components/PersonaLegend/index.js";
export { JourneyCanvas, type JourneyCanvasProps } from "./container/JourneyCanvas.js";
export { type ErrorCode, errorMessages } from "./errors.js";
export { type JourneyMapApi, useJourneyMap } from "./hooks/useJourneyMap.js";
export { useJourneyMapStore } from "./hooks/useJourneyMapStore.js";
export { useSelection } from "./hooks/useSelection.js";
export { useStoreApi } from "./hooks/useStoreApi.js";
export { SHORTCUTS, ShortcutSheet } from "./panels/ShortcutSheet.js";
export {
  createJourneyMapStore,
  type DispatchMode,
  type JourneyMapState,
  type JourneyMapStore,
  type JourneyMapStoreInit,
} from "./store/create-journey-map-store.js";
export type { Cell, EditorTheme, Selection } from "./types/selection.js";
