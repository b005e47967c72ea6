import type { Issue, JourneyMap, Operation } from "@journeykit/core";
import { ReactFlowProvider, useStore as useFlowStore, useReactFlow } from "@xyflow/react";
import {
  type CSSProperties,
  type ForwardedRef,
  forwardRef,
  type ReactNode,
  useContext,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
} from "react";
import { JourneyCanvas } from "../canvas/JourneyCanvas.js";
import { useReadableFit, useWholeFit } from "../canvas/use-fit.js";
import type { CollaborationAdapterLike } from "../collaboration/collaboration-adapter.js";
import { PeerPresence } from "../collaboration/PeerPresence.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { EditorMessages } from "../i18n/editor-catalogue.js";
import { PersonaStrip } from "../panels/PersonaStrip.js";
import { usePanelStoreApi } from "../panels/panel-store.js";
import { type EditorPanel, SidePanel, type SidePanelState } from "../panels/SidePanel.js";
import { Toolbar } from "../panels/Toolbar.js";
import type { Draft } from "../store/draft.js";
import type { ChangeVerdict, EditorChange } from "../store/editor-change.js";
import { mapIssues } from "../store/map-issues.js";
import type { EditorTheme, Selection } from "../store/selection.js";
import { errorMessages } from "./errors.js";
import { InvalidMapNotice } from "./InvalidMapNotice.js";
import { JourneyMapProvider } from "./JourneyMapProvider.js";
import { restoreDrafts } from "./restore-drafts.js";
import { RootElementContext } from "./root-context.js";
import { useResolvedTheme } from "./use-resolved-theme.js";
import { type EditorViewport, useViewportListener } from "./use-viewport-listener.js";

/** What a ref to `<JourneyMapEditor>` can do. */
export interface JourneyMapEditorHandle {
  undo(): void;
  redo(): void;
  /** Whether there is an edit to undo (while collaborating: one of this user's edits in the room). */
  canUndo(): boolean;
  canRedo(): boolean;
  getMap(): JourneyMap;
  /** What is selected (a card, stage, lane, touchpoint, persona, moment, metric or emotion point), or `null`. */
  getSelection(): Selection | null;
  /** The editor's root element (pass it to `exportPng`). */
  getElement(): HTMLElement | null;
  /** Show the whole journey: every stage and lane (the overview where card text would be unreadable). */
  fitView(): void;
  /** Zoom to readable card text: the whole map if it fits, else its first stages. */
  fitReadable(): void;
  /** Zoom to one stage (presenting, jumping from an insight). */
  focusStage(stageId: string): void;
  /** Open the side panel (expanding it if folded) on tab `id`: `"inspector"`, `"personas"` or a host panel's id. */
  showPanel(id: string): void;
  /**
   * Run a core operation on the editor's map as one recorded edit: it goes through the editor's
   * history (one undo step, Ctrl+Z removes all of it) and `onChange` gets the new map with a change
   * whose `source` is `"host"`. For edits a host makes from outside the canvas, such as an import
   * previewed in a dialog. Like every edit, `onBeforeChange` is asked first; a refused operation
   * (invalid arguments) and a read-only editor reach `onError`; a controlled host applies it as any edit.
   *
   * @example
   * import { applyEvidence } from "@journeykit/evidence";
   * editorRef.current?.apply(applyEvidence, analysis); // one undo step
   */
  apply<A>(operation: Operation<A>, args: A): void;
  /** Every open draft: text being typed and not on the map yet (see `onDraftsChange`). */
  getDrafts(): readonly Draft[];
  /**
   * Reopen drafts kept from an earlier visit (a reload, a crash): a card opens for editing with its
   * text, a header's rename field, the Inspector or Personas tab on the record with the typed field,
   * a persona's board. Returns the drafts it could not reopen (their record is gone, the editor is
   * read-only, or another draft holds that place: one card, one rename, one selected record and one
   * board at a time), so the host can offer the text back instead of dropping it. A draft whose text
   * the map already holds is done (neither reopened nor returned). Call it once the editor shows the
   * map the drafts were typed on.
   *
   * @example
   * useEffect(() => {
   *   const left = editor.current?.restoreDrafts(keptDrafts) ?? [];
   *   if (left.length) offerBack(left);
   * }, []);
   */
  restoreDrafts(drafts: readonly Draft[]): Draft[];
}

/** Props of `<JourneyMapEditor>`. */
export interface JourneyMapEditorProps {
  /**
   * Controlled map; pair with `onChange`. The editor always shows this map: an edit is reported through
   * `onChange`, and one the host does not apply (its next `value` does not hold it) leaves the screen and
   * the undo history.
   */
  value?: JourneyMap;
  /** Uncontrolled starting map. */
  defaultValue?: JourneyMap;
  /**
   * Called with the new, valid map after every change, and the change as data: the core operation's
   * name and arguments, its patches, and its `source` (`"local"`, `"undo"`, `"redo"`, `"remote"` from
   * the collaboration room, or `"host"` from the handle's `apply`). A host that only needs the map takes
   * the first argument.
   *
   * @example
   * <JourneyMapEditor value={map} onChange={(next, change) => { setMap(next); log(change.source, change.operation); }} />
   */
  onChange?: (map: JourneyMap, change: EditorChange) => void;
  /**
   * Asked before every change the editor makes (local edits, undo, redo, the handle's `apply`): return
   * `false`, or the reason as a sentence, to refuse it. A refused change never reaches the screen, the
   * undo history or `onChange`; the editor tells the person why. Remote changes from the collaboration
   * room are not asked: they are made already.
   *
   * @example
   * <JourneyMapEditor
   *   value={map}
   *   onChange={setMap}
   *   onBeforeChange={(change) =>
   *     change.operation === "removeStage" && !user.isFacilitator ? "Only facilitators remove stages." : true
   *   }
   * />
   */
  onBeforeChange?: (change: EditorChange) => ChangeVerdict;
  /** Called when what is selected changes (`null`: nothing). Selection is view state: not in the map. */
  onSelectionChange?: (selection: Selection | null) => void;
  /**
   * Called whenever the canvas's viewport changes: a pan, a zoom, a fit (the first one on load too).
   * During a pan it is called on every frame: debounce before saving it.
   */
  onViewportChange?: (viewport: EditorViewport) => void;
  /**
   * Called once, when the editor is on the page and its canvas is ready, with the same handle a ref
   * gets (no ref needed to call `fitView`, `apply`, `getSelection`...).
   *
   * @example
   * <JourneyMapEditor defaultValue={map} onInit={(editor) => editor.focusStage(map.stages[2]!.id)} />
   */
  onInit?: (handle: JourneyMapEditorHandle) => void;
  /** Called with path-specific issues when `value` is invalid (the editor shows them instead of a blank canvas). */
  onError?: (issues: Issue[]) => void;
  readOnly?: boolean;
  /** Workshop dot voting: pain-point and opportunity cards get a +1 button. */
  voting?: boolean;
  /**
   * The host counts dot votes (a live session's server, a backend): while `voting` is on, a card's +1
   * button (click, or Enter / Space on it) calls `onVote(cardId, 1)`, and Alt-click (or `-` on it)
   * `onVote(cardId, -1)`, instead of changing the map; the button shows even when `readOnly` (votes
   * usually happen on a locked map), and the toolbar has no ● Vote toggle (the host's `voting` decides).
   * The editor's map shows whatever `votes` the host writes back.
   * Without it, the button adds to the card's `votes` itself (an edit, hidden when read-only).
   *
   * @example
   * <JourneyMapEditor value={map} readOnly voting onVote={(cardId, delta) => server.vote(cardId, delta)} />
   */
  onVote?: (cardId: string, delta: 1 | -1) => void;
  /**
   * Edit one map together, live: a collaboration adapter (`joinRoom` from
   * `@journeykit/collab/hocuspocus`, or `createCollabAdapter` with any Yjs provider). The room's map is
   * shown (`value` / `defaultValue` may be left out when the room already holds one); every edit is
   * shared; other people's edits arrive like a host's `value` change and reach `onChange`; Undo / Redo
   * (buttons, Ctrl+Z) undo only this user's edits; everyone's pointers are drawn on the canvas in their
   * colour. Works controlled and uncontrolled. The host owns the adapter: the editor never destroys it.
   *
   * @example
   * const { adapter } = await joinRoom({ url, room, token, user: { name: "Ana", colour: "#e8590c" }, initialMap: map });
   * <JourneyMapEditor collaboration={adapter} onChange={saveLocally} />
   */
  collaboration?: CollaborationAdapterLike;
  /**
   * Called with every open draft whenever one changes: the text of a card open on the canvas, a
   * header being renamed, an Inspector field or a persona board field, as it is typed (each keystroke;
   * no edit, no undo step, `onChange` is not called) and when it is committed, reverted or closed (the
   * draft leaves the list). Keep the list beside your autosave and hand it to the handle's
   * `restoreDrafts` after a reload or a crash, so nothing typed is lost; while `drafts.some(isUnsavedDraft)`
   * the map does not hold everything typed yet.
   *
   * @example
   * <JourneyMapEditor value={map} onChange={save} onDraftsChange={(drafts) => saveDrafts(map.id, drafts)} />
   */
  onDraftsChange?: (drafts: readonly Draft[]) => void;
  /**
   * `"light"` (default), `"dark"`, `"system"` (follows the operating system's `prefers-color-scheme`,
   * live), or brand colours as `--jk-*` CSS variables.
   */
  theme?: EditorTheme;
  /**
   * The reader's language and number format, a BCP 47 tag: `"es"`, `"de"` and `"fr"` (any region:
   * `"de-AT"`) show the editor's and core's words in Spanish, German or French, any other reads
   * English; numbers and plural forms follow the whole tag ("±6,3" in Spanish, German and French).
   * Without it the words are English and numbers follow the map's `locale`. Spanish, German and French
   * are modules of their own: pass the language's module as `messages` to show it from the first render
   * (on a server too); with `locale` alone the editor loads it and renders its root empty until then.
   *
   * @example
   * import { de } from "@journeykit/react/locales/de";
   * <JourneyMapEditor locale="de" messages={de} defaultValue={map} />
   */
  locale?: string;
  /**
   * The editor's words: a language module (`@journeykit/react/locales/es`, `/de`, `/fr`, or
   * `loadEditorMessages(locale)`), or a host's own words for some keys, over the language's (`useEditorText`'s
   * `t` keys, and core's: `"laneKind.painPoints"`). A key left out reads in the language, else English.
   *
   * @example
   * <JourneyMapEditor locale="es" messages={{ "toolbar.stage": "+ Fase" }} defaultValue={map} />
   */
  messages?: Partial<EditorMessages>;
  className?: string;
  style?: CSSProperties;
  showToolbar?: boolean;
  /** Show the right-hand side panel (Inspector, Personas and `panels` as tabs). Default `true`. */
  showInspector?: boolean;
  /** Show the persona strip above the canvas (each persona's colour, name, role, quote; opens their board). Default `true`. */
  showPersonas?: boolean;
  /**
   * The host's own tabs in the side panel, after Inspector and Personas. Each `render` runs inside the
   * editor (the hooks work there) and only while its tab is open. Tabs are matched by `id`.
   *
   * @example
   * const panels = useMemo<EditorPanel[]>(
   *   () => [{ id: "comments", title: "Comments", render: () => <Comments mapId={map.id} /> }],
   *   [map.id],
   * );
   * <JourneyMapEditor value={map} onChange={setMap} panels={panels} />
   */
  panels?: readonly EditorPanel[];
  /** Called when the side panel's tab changes or it is folded or unfolded. */
  onPanelChange?: (state: SidePanelState) => void;
  showMinimap?: boolean;
  /**
   * Hide React Flow's attribution link in the canvas corner. Default `false`: it is shown.
   * React Flow (MIT) asks projects that hide it to support it with a React Flow Pro subscription
   * (https://reactflow.dev/pro); whether to hide it is the host application's choice.
   */
  hideAttribution?: boolean;
  /** Parts the host places inside the editor (they can use the hooks). */
  children?: ReactNode;
}

function EditorBody({
  forwardedRef,
  onViewportChange,
  onInit,
  showToolbar,
  showInspector,
  showPersonas,
  showMinimap,
  hideAttribution,
  panels,
  onPanelChange,
  children,
}: Pick<
  JourneyMapEditorProps,
  | "showToolbar"
  | "showInspector"
  | "showPersonas"
  | "showMinimap"
  | "hideAttribution"
  | "panels"
  | "onPanelChange"
  | "onViewportChange"
  | "onInit"
  | "children"
> & {
  forwardedRef: ForwardedRef<JourneyMapEditorHandle>;
}) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const fit = useReadableFit();
  const fitWhole = useWholeFit();
  const root = useContext(RootElementContext);
  const panelStore = usePanelStoreApi();
  const handle = useMemo<JourneyMapEditorHandle>(
    () => ({
      undo: () => store.getState().undo(),
      redo: () => store.getState().redo(),
      canUndo: () => store.getState().canUndo,
      canRedo: () => store.getState().canRedo,
      getMap: () => store.getState().map,
      getSelection: () => store.getState().selection,
      getElement: () => root?.current ?? null,
      fitView: () => void fitWhole({ duration: 200 }),
      fitReadable: () => void fit({ duration: 200 }),
      focusStage(stageId) {
        const node = flow.getNode(`stage:${stageId}`);
        if (!node) return;
        const lanes = flow.getNodes().filter((n) => n.type === "jkLane");
        const bottom = Math.max(
          ...lanes.map((n) => n.position.y + (n.height ?? 0)),
          node.position.y + (node.height ?? 0),
        );
        void flow.fitBounds(
          {
            x: node.position.x,
            y: node.position.y,
            width: node.width ?? 0,
            height: bottom - node.position.y,
          },
          { padding: 0.1, duration: 300 },
        );
        // Jumping to a stage (an insight, the presenter) keeps the side panel on the tab that asked.
        const tab = panelStore.getState().tab;
        store.getState().select({ kind: "stage", id: stageId });
        panelStore.getState().setTab(tab);
      },
      showPanel: (id) => panelStore.getState().show(id),
      apply: (operation, args) => store.getState().dispatch(operation, args, "record", "host"),
      getDrafts: () => store.drafts.getState().drafts,
      restoreDrafts: (drafts) => restoreDrafts(store, panelStore, drafts),
    }),
    [store, flow, root, panelStore, fit, fitWhole],
  );
  useImperativeHandle(forwardedRef, () => handle, [handle]);
  useViewportListener(onViewportChange);
  // Once React Flow's viewport exists (fits and focusStage work from then on), as xyflow's own onInit.
  const ready = useFlowStore((s) => s.panZoom !== null);
  const initListener = useRef(onInit);
  initListener.current = onInit;
  const initialized = useRef(false);
  useEffect(() => {
    if (!ready || initialized.current) return;
    initialized.current = true;
    initListener.current?.(handle);
  }, [ready, handle]);
  return (
    <>
      {showToolbar && <Toolbar />}
      <div className="jk-body">
        <div className="jk-main">
          {showPersonas && <PersonaStrip />}
          <JourneyCanvas minimap={showMinimap ?? true} hideAttribution={hideAttribution ?? false} />
          <PeerPresence />
        </div>
        {showInspector && (
          <SidePanel
            {...(panels ? { panels } : {})}
            {...(onPanelChange ? { onChange: onPanelChange } : {})}
          />
        )}
      </div>
      {children}
    </>
  );
}

/**
 * The journey-map editor: controlled (`value` + `onChange`) or uncontrolled (`defaultValue`), with a
 * toolbar, a persona strip, the canvas (stages x lanes, cards, emotion curves, moments of truth) and a
 * side panel whose tabs are the Inspector, Personas and the host's own `panels`.
 * Controlled, the screen always shows the host's `value`: `onBeforeChange` can refuse an edit (the
 * editor says why) and an edit the host does not apply does not stay. An invalid `value` shows what is
 * wrong and calls `onError`, never a blank crash. A ref (or `onInit`) gives the imperative handle
 * (`undo`, `redo`, `canUndo`, `canRedo`, `getMap`, `getSelection`, `apply`, `getElement`, `fitView`,
 * `fitReadable`, `focusStage`, `showPanel`, `getDrafts`, `restoreDrafts`) on React 18.3 and 19 alike.
 * `locale` (and `messages`) give it the reader's language: English, Spanish, German or French.
 *
 * @example
 * const editor = useRef<JourneyMapEditorHandle>(null);
 * <JourneyMapEditor ref={editor} value={map} onChange={setMap} theme="system" style={{ height: 640 }} />
 */
export const JourneyMapEditor = forwardRef<JourneyMapEditorHandle, JourneyMapEditorProps>(
  function JourneyMapEditor(
    {
      value,
      defaultValue,
      onChange,
      onBeforeChange,
      onSelectionChange,
      onViewportChange,
      onInit,
      onError,
      readOnly = false,
      voting = false,
      onVote,
      collaboration,
      onDraftsChange,
      theme = "light",
      locale,
      messages,
      className,
      style,
      showToolbar = true,
      showInspector = true,
      showPersonas = true,
      showMinimap = true,
      hideAttribution = false,
      panels,
      onPanelChange,
      children,
    },
    ref,
  ) {
    const resolvedTheme = useResolvedTheme(theme);
    const given = value ?? defaultValue ?? collaboration?.getMap();
    // Validated once per map (the store it feeds asks the same memory; a map it reported is known valid).
    const invalid = given ? mapIssues(given) : null;
    useEffect(() => {
      if (invalid) onError?.(invalid);
    }, [invalid, onError]);
    if (!given || invalid) {
      const issues = invalid ?? [{ path: "", message: errorMessages.error003() }];
      return (
        <InvalidMapNotice
          issues={issues}
          theme={resolvedTheme}
          className={className}
          style={style}
          locale={locale}
          messages={messages}
        />
      );
    }
    return (
      <JourneyMapProvider
        {...(value ? { value } : { defaultValue: given })}
        {...(onChange ? { onChange } : {})}
        {...(onBeforeChange ? { onBeforeChange } : {})}
        {...(onSelectionChange ? { onSelectionChange } : {})}
        {...(onError ? { onError } : {})}
        readOnly={readOnly}
        voting={voting}
        {...(onVote ? { onVote } : {})}
        {...(collaboration ? { collaboration } : {})}
        {...(onDraftsChange ? { onDraftsChange } : {})}
        theme={theme}
        {...(locale !== undefined ? { locale } : {})}
        {...(messages ? { messages } : {})}
        {...(className ? { className } : {})}
        {...(style ? { style } : {})}
      >
        <ReactFlowProvider>
          <EditorBody
            forwardedRef={ref}
            {...(onViewportChange ? { onViewportChange } : {})}
            {...(onInit ? { onInit } : {})}
            showToolbar={showToolbar}
            showInspector={showInspector}
            showPersonas={showPersonas}
            showMinimap={showMinimap}
            hideAttribution={hideAttribution}
            {...(panels ? { panels } : {})}
            {...(onPanelChange ? { onPanelChange } : {})}
          >
            {children}
          </EditorBody>
        </ReactFlowProvider>
      </JourneyMapProvider>
    );
  },
);
JourneyMapEditor.displayName = "JourneyMapEditor";
