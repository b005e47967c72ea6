import { useRef, useState } from "react";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { JourneyMapStoreCallbacks, JourneyMapStoreInit } from "../store/create-journey-map-store.js";
import type { JourneyMapProviderProps } from "./JourneyMapProvider.js";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect.js";

/**
 * The props that flow into an editor's store, one list (as xyflow's `StoreUpdater` keeps one): the map
 * (`value`), the host's callbacks, and what the host lets the person do.
 */
export const storeFields = [
  "value",
  "onChange",
  "onBeforeChange",
  "onSelectionChange",
  "onError",
  "onVote",
  "onDraftsChange",
  "readOnly",
  "voting",
  "collaboration",
] as const;

/** The props `StoreUpdater` hands to the store. */
export type StoreProps = Pick<JourneyMapProviderProps, (typeof storeFields)[number]>;

type StoreField = (typeof storeFields)[number];

const callbackFields = [
  "onChange",
  "onBeforeChange",
  "onSelectionChange",
  "onError",
  "onVote",
  "onDraftsChange",
] as const satisfies readonly StoreField[];

/**
 * What a store made for these props starts from: the map (`value`, else `defaultValue`), whether the
 * host controls it, and the props as they are at the first render (a server render runs no effect).
 */
export function storeInit(
  props: StoreProps & { defaultValue?: JourneyMapProviderProps["defaultValue"] },
  instanceId: string,
): JourneyMapStoreInit {
  const { value, defaultValue, readOnly = false, voting = false } = props;
  return {
    ...callbacks(props, () => {}),
    map: (value ?? defaultValue)!,
    controlled: value !== undefined,
    readOnly,
    voting,
    instanceId,
  };
}

/**
 * The one door from the host's props to the editor's store: after each render it compares the props in
 * `storeFields` with the ones it last applied, and applies the changed ones, in one layout effect (so
 * before the paint, and before any part inside the editor acts on them). Callbacks are replaced, never
 * called during render; a controlled `value` goes to `receiveValue` (validated there, once per map);
 * `collaboration` is connected until it changes or the editor unmounts.
 *
 * A controlled host answers each reported edit with its next `value`, or with nothing (it did not take
 * the edit). So every edit it is told about asks for a render of this component in the same batch as the
 * host's own update: the answer, changed or not, reaches `receiveValue` before the screen is painted.
 */
export function StoreUpdater(props: StoreProps) {
  const store = useStoreApi();
  const [answers, answered] = useState(0);
  const applied = useRef<{ props: Partial<StoreProps>; answers: number }>({ props: {}, answers: -1 });
  const disconnect = useRef<(() => void) | null>(null);
  // Controlled and not collaborating (the room holds the map then), an edit waits for the host's answer.
  const ask = () => {
    if (applied.current.props.value !== undefined && !store.getState().collaboration) answered((n) => n + 1);
  };
  useIsomorphicLayoutEffect(() => {
    const previous = applied.current;
    const changed = (field: StoreField) => props[field] !== previous.props[field];
    if (callbackFields.some(changed)) store.setCallbacks(callbacks(props, ask));
    const state = store.getState();
    if (changed("readOnly")) state.setReadOnly(props.readOnly ?? false);
    if (changed("voting")) state.setVoting(props.voting ?? false);
    if (changed("onVote")) state.setHostVotes(props.onVote !== undefined);
    if (props.value && (changed("value") || answers !== previous.answers)) state.receiveValue(props.value);
    if (changed("collaboration")) {
      disconnect.current?.();
      disconnect.current = props.collaboration ? state.connect(props.collaboration) : null;
    }
    applied.current = { props: { ...props }, answers };
  });
  // Unmounted (or unmounted and mounted again by StrictMode): the room is left, and every prop is
  // applied afresh on the next mount.
  useIsomorphicLayoutEffect(
    () => () => {
      disconnect.current?.();
      disconnect.current = null;
      applied.current = { props: {}, answers: -1 };
    },
    [],
  );
  return null;
}

/** The host's callbacks as the store calls them: each edit reported also `ask`s for the host's answer. */
function callbacks(props: StoreProps, ask: () => void): JourneyMapStoreCallbacks {
  const { onChange, onBeforeChange, onSelectionChange, onError, onVote, onDraftsChange } = props;
  return {
    onChange(map, change) {
      onChange?.(map, change);
      ask();
    },
    onBeforeChange,
    onSelectionChange,
    onError,
    onVote,
    onDraftsChange,
  };
}
