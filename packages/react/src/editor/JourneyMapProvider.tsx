import type { Issue, JourneyMap } from "@journeykit/core";
import { type CSSProperties, type ReactNode, useId, useRef, useState } from "react";
import type { CollaborationAdapterLike } from "../collaboration/collaboration-adapter.js";
import { type EditorMessages, englishText } from "../i18n/editor-catalogue.js";
import { EditorTextContext } from "../i18n/editor-text-context.js";
import { useResolvedText } from "../i18n/use-resolved-text.js";
import { PersonaBoard } from "../panels/PersonaBoard.js";
import { createPanelStore, PanelStoreContext } from "../panels/panel-store.js";
import { RefusalNotice } from "../panels/RefusalNotice.js";
import { ShortcutSheet } from "../panels/ShortcutSheet.js";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import type { Draft } from "../store/draft.js";
import type { ChangeVerdict, EditorChange } from "../store/editor-change.js";
import type { EditorTheme, Selection } from "../store/selection.js";
import { StoreContext } from "../store/store-context.js";
import { RootElementContext } from "./root-context.js";
import { StoreUpdater, storeInit } from "./StoreUpdater.js";
import { useEditorKeyboard } from "./use-editor-keyboard.js";
import { useResolvedTheme } from "./use-resolved-theme.js";

/** Props of `JourneyMapProvider`. */
export interface JourneyMapProviderProps {
  /**
   * Controlled: the map to show, always. An edit is reported through `onChange`; the map on screen
   * stays the one the host gives back (an edit it does not apply leaves the screen and the undo history).
   */
  value?: JourneyMap;
  /** Uncontrolled: the map to start from. */
  defaultValue?: JourneyMap;
  /** After every change of the map, with the change as data: see `JourneyMapEditorProps.onChange`. */
  onChange?: (map: JourneyMap, change: EditorChange) => void;
  /** Before every change the editor makes (not remote ones): see `JourneyMapEditorProps.onBeforeChange`. */
  onBeforeChange?: (change: EditorChange) => ChangeVerdict;
  /** When what is selected changes: see `JourneyMapEditorProps.onSelectionChange`. */
  onSelectionChange?: (selection: Selection | null) => void;
  onError?: (issues: Issue[]) => void;
  readOnly?: boolean;
  voting?: boolean;
  /** The host counts dot votes: see `JourneyMapEditorProps.onVote`. */
  onVote?: (cardId: string, delta: 1 | -1) => void;
  /**
   * A live room to edit together in (`joinRoom` from `@journeykit/collab/hocuspocus`, or any object of
   * this shape): the room's map is shown, edits are shared, others' edits arrive through `onChange`,
   * and Undo / Redo undo only this user's edits. The host owns it: the editor never destroys it.
   */
  collaboration?: CollaborationAdapterLike;
  /** Called with every open draft whenever one is typed into, opened or closed: see `JourneyMapEditorProps.onDraftsChange`. */
  onDraftsChange?: (drafts: readonly Draft[]) => void;
  /**
   * `"light"` (default), `"dark"`, `"system"` (follows `prefers-color-scheme`, live), or brand colours
   * as `--jk-*` CSS variables, set on the root element.
   */
  theme?: EditorTheme;
  /** Added to the root element's `jk-root` class (give it a height: it fills its parent by default). */
  className?: string;
  /** On the root element, after the theme's variables. */
  style?: CSSProperties;
  /** The reader's language and number format: see `JourneyMapEditorProps.locale`. */
  locale?: string;
  /** The editor's words, a whole language or some of them: see `JourneyMapEditorProps.messages`. */
  messages?: Partial<EditorMessages>;
  children: ReactNode;
}

/** The class list of an editor root: `jk-root`, the theme's class, the host's class (`theme` resolved: not `"system"`). */
export function rootClassName(theme: EditorTheme | undefined, className: string | undefined): string {
  return `jk-root${theme === "dark" ? " jk-theme-dark" : ""}${className ? ` ${className}` : ""}`;
}

/** The inline style of an editor root: the theme's `--jk-*` variables, then the host's style. */
export function rootStyle(theme: EditorTheme | undefined, style: CSSProperties | undefined): CSSProperties {
  return { ...(typeof theme === "object" ? (theme as CSSProperties) : undefined), ...style };
}

/**
 * Gives its children one editor store (created once, never shared), so several editors on a page
 * stay independent, and renders the editor's root element around them: a `<section class="jk-root">`
 * carrying the theme and the keyboard shortcuts, inside which the editor's stylesheet applies. So a
 * layout of your own built from the parts (`Toolbar`, `JourneyCanvas`, `Inspector`, ...) looks and
 * behaves like `<JourneyMapEditor>`, which renders one itself. Its `locale` and `messages` give every
 * part inside the editor's language (`useEditorText`); a language given by `locale` alone is loaded
 * before the parts first render.
 *
 * @example
 * <JourneyMapProvider value={map} onChange={setMap} theme="dark" style={{ height: 600 }}>
 *   <Toolbar />
 *   <JourneyCanvas />
 * </JourneyMapProvider>
 */
export function JourneyMapProvider({
  theme = "light",
  className,
  style,
  locale,
  messages,
  children,
  ...props
}: JourneyMapProviderProps) {
  // From React's useId, not a module counter: a server renders many pages in one process, and the
  // ids it sends (the ARIA grid's) must be those the browser's hydration makes. Letters, digits, _ and
  // - only, so an id stays a plain CSS selector on every React version (18 makes ":r0:").
  const instanceId = `jk${useId().replace(/[^\w-]/g, "")}`;
  const [store] = useState(() => createJourneyMapStore(storeInit(props, instanceId)));
  const [panels] = useState(createPanelStore);
  const resolvedTheme = useResolvedTheme(theme);
  const root = useRef<HTMLElement>(null);
  // Null only while a language's words load for the first render: the root is there, empty, until then.
  const text = useResolvedText(locale, messages);
  const onKeyDown = useEditorKeyboard(store, () => root.current, text ?? englishText());
  return (
    <StoreContext.Provider value={store}>
      <StoreUpdater {...props} />
      <PanelStoreContext.Provider value={panels}>
        <RootElementContext.Provider value={root}>
          <EditorTextContext.Provider value={text}>
            <section
              ref={root}
              className={rootClassName(resolvedTheme, className)}
              style={rootStyle(resolvedTheme, style)}
              lang={locale === undefined ? undefined : text?.language}
              aria-label={text?.t("editor.label")}
              aria-busy={text ? undefined : true}
              onKeyDown={onKeyDown}
            >
              {text && (
                <>
                  {children}
                  <RefusalNotice />
                  <ShortcutSheet />
                  <PersonaBoard />
                </>
              )}
            </section>
          </EditorTextContext.Provider>
        </RootElementContext.Provider>
      </PanelStoreContext.Provider>
    </StoreContext.Provider>
  );
}
