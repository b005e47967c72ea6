import { type Issue, type JourneyMap, validateJourneyMap } from "@journeykit/core";
import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import {
  type CSSProperties,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
} from "react";
import { Inspector } from "../../additional-components/Inspector/index.js";
import { Toolbar } from "../../additional-components/Toolbar/index.js";
import { JourneyCanvas } from "../../container/JourneyCanvas.js";
import { useEditorKeyboard } from "../../container/use-editor-keyboard.js";
import { errorMessages } from "../../errors.js";
import { useStoreApi } from "../../hooks/useStoreApi.js";
import type { EditorTheme } from "../../types/selection.js";
import { JourneyMapProvider } from "../JourneyMapProvider/index.js";

/** What a ref to `<JourneyMapEditor>` can do. */
export interface JourneyMapEditorHandle {
  undo(): void;
  redo(): void;
  getMap(): JourneyMap;
  /** The editor's root element (pass it to `exportPng`). */
  getElement(): HTMLElement | null;
  fitView(): void;
  /** Zoom to one stage (presenting, jumping from an insight). */
  focusStage(stageId: string): void;
}

/** Props of `<JourneyMapEditor>`. */
export interface JourneyMapEditorProps {
  /** Controlled map; pair with `onChange`. */
  value?: JourneyMap;
  /** Uncontrolled starting map. */
  defaultValue?: JourneyMap;
  /** Called with the new, valid map after every edit. */
  onChange?: (map: JourneyMap) => void;
  /** Called with path-specific issues when `value` is invalid (the editor shows them instead of a blank canvas). */
  onError?: (issues: Issue[]) => void;
  readOnly?: boolean;
  /** Workshop dot voting: pain-point and opportunity cards get a +1 button. */
  voting?: boolean;
  theme?: EditorTheme;
  className?: string;
  style?: CSSProperties;
  showToolbar?: boolean;
  showInspector?: boolean;
  showMinimap?: boolean;
  /** Parts the host places inside the editor (they can use the hooks). */
  children?: ReactNode;
  ref?: Ref<JourneyMapEditorHandle>;
}

function EditorBody({
  forwardedRef,
  showToolbar,
  showInspector,
  showMinimap,
  className,
  style,
  theme,
  children,
}: Pick<
  JourneyMapEditorProps,
  "showToolbar" | "showInspector" | "showMinimap" | "className" | "style" | "theme" | "children"
> & {
  forwardedRef: Ref<JourneyMapEditorHandle> | undefined;
}) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const root = useRef<HTMLElement>(null);
  const onKeyDown = useEditorKeyboard(store, () => root.current);
  useImperativeHandle(
    forwardedRef,
    () => ({
      undo: () => store.getState().undo(),
      redo: () => store.getState().redo(),
      getMap: () => store.getState().map,
      getElement: () => root.current,
      fitView: () => void flow.fitView({ padding: 0.06, duration: 200 }),
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
        store.getState().select({ kind: "stage", id: stageId });
      },
    }),
    [store, flow],
  );
  const themeClass = theme === "dark" ? " jk-theme-dark" : "";
  const vars = typeof theme === "object" ? (theme as CSSProperties) : undefined;
  return (
    <section
      ref={root}
      className={`jk-root${themeClass}${className ? ` ${className}` : ""}`}
      style={{ ...vars, ...style }}
      aria-label="Journey map editor"
      onKeyDown={onKeyDown}
    >
      {showToolbar && <Toolbar />}
      <div className="jk-body">
        <div className="jk-canvas">
          <JourneyCanvas minimap={showMinimap ?? true} />
        </div>
        {showInspector && <Inspector />}
      </div>
      {children}
    </section>
  );
}

/**
 * The journey-map editor: controlled (`value` + `onChange`) or uncontrolled (`defaultValue`), with a
 * toolbar, the canvas (stages x lanes, cards, emotion curves, moments of truth) and an inspector.
 * An invalid `value` shows what is wrong and calls `onError`, never a blank crash.
 *
 * @example
 * <JourneyMapEditor value={map} onChange={setMap} theme="dark" style={{ height: 640 }} />
 */
export function JourneyMapEditor({
  value,
  defaultValue,
  onChange,
  onError,
  readOnly = false,
  voting = false,
  theme = "light",
  className,
  style,
  showToolbar = true,
  showInspector = true,
  showMinimap = true,
  children,
  ref,
}: JourneyMapEditorProps) {
  const given = value ?? defaultValue;
  // The map the editor itself emitted comes back as `value`: it is valid already, skip revalidating.
  const emitted = useRef<JourneyMap | null>(null);
  const check = useMemo(
    () =>
      given && given === emitted.current
        ? ({ ok: true, map: given, warnings: [] } as const)
        : given
          ? validateJourneyMap(given)
          : undefined,
    [given],
  );
  const emit = useCallback(
    (map: JourneyMap) => {
      emitted.current = map;
      onChange?.(map);
    },
    [onChange],
  );
  useEffect(() => {
    if (check && !check.ok) onError?.(check.errors);
  }, [check, onError]);
  if (!given || !check?.ok) {
    const issues = check && !check.ok ? check.errors : [{ path: "", message: errorMessages.error003() }];
    return (
      <div
        className={`jk-root jk-error-state${theme === "dark" ? " jk-theme-dark" : ""}${className ? ` ${className}` : ""}`}
        style={style}
        role="alert"
      >
        <h2>This journey map cannot be shown</h2>
        <p>Nothing was changed. What is wrong, and where:</p>
        <ul>
          {issues.slice(0, 20).map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues can repeat; order is stable
            <li key={i}>
              <code>{issue.path || "(document)"}</code> {issue.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <JourneyMapProvider
      {...(value ? { value } : { defaultValue: given })}
      onChange={emit}
      {...(onError ? { onError } : {})}
      readOnly={readOnly}
      voting={voting}
    >
      <ReactFlowProvider>
        <EditorBody
          forwardedRef={ref}
          showToolbar={showToolbar}
          showInspector={showInspector}
          showMinimap={showMinimap}
          className={className}
          style={style}
          theme={theme}
        >
          {children}
        </EditorBody>
      </ReactFlowProvider>
    </JourneyMapProvider>
  );
}
