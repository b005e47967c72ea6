// @journeykit/react: the journey-map editor. Every export is listed by name.

export { JourneyCanvas, type JourneyCanvasProps } from "./canvas/JourneyCanvas.js";
export { PersonaLegend } from "./canvas/PersonaLegend.js";
export type {
  CollaborationAdapterLike,
  CollaborationChangeInfo,
  CollaborationPatch,
  CollaborationPeer,
  CollaborationPoint,
  CollaborationPresenceApi,
  CollaborationPresenceState,
} from "./collaboration/collaboration-adapter.js";
export { type ErrorCode, errorMessages } from "./editor/errors.js";
export {
  JourneyMapEditor,
  type JourneyMapEditorHandle,
  type JourneyMapEditorProps,
} from "./editor/JourneyMapEditor.js";
export { JourneyMapProvider, type JourneyMapProviderProps } from "./editor/JourneyMapProvider.js";
export type { EditorViewport } from "./editor/use-viewport-listener.js";
export { useEditorText } from "./hooks/useEditorText.js";
export { type JourneyMapApi, useJourneyMap } from "./hooks/useJourneyMap.js";
export { useJourneyMapStore } from "./hooks/useJourneyMapStore.js";
export { useSelection } from "./hooks/useSelection.js";
export { useStoreApi } from "./hooks/useStoreApi.js";
export {
  type CoreT,
  type EditorMessages,
  type EditorOwnMessages,
  type EditorT,
  type EditorText,
  loadEditorMessages,
} from "./i18n/editor-catalogue.js";
export { type EditorMessageKey, editorEn } from "./i18n/editor-messages/en.js";
export { EmotionCurve } from "./panels/EmotionCurve.js";
export { EmpathyMap } from "./panels/EmpathyMap.js";
export { Inspector } from "./panels/inspector/Inspector.js";
export { PersonaBoard } from "./panels/PersonaBoard.js";
export { PersonaPanel } from "./panels/PersonaPanel.js";
export { PersonaStrip } from "./panels/PersonaStrip.js";
export { SHORTCUTS, ShortcutSheet } from "./panels/ShortcutSheet.js";
export { type EditorPanel, SidePanel, type SidePanelState } from "./panels/SidePanel.js";
export { Toolbar } from "./panels/Toolbar.js";
export {
  createJourneyMapStore,
  type DispatchMode,
  type DocumentState,
  type JourneyMapActions,
  type JourneyMapState,
  type JourneyMapStore,
  type JourneyMapStoreCallbacks,
  type JourneyMapStoreInit,
  type SessionState,
} from "./store/create-journey-map-store.js";
export { type Draft, type DraftPlace, draftKey, isUnsavedDraft } from "./store/draft.js";
export type { DraftsState } from "./store/draft-store.js";
export type {
  ChangeRefusal,
  ChangeSource,
  ChangeVerdict,
  EditorChange,
  EditorPatch,
} from "./store/editor-change.js";
export type { FocusTarget, FocusTargetState } from "./store/focus-target.js";
export type { Cell, EditorTheme, Selection } from "./store/selection.js";
