import { type ComponentProps, useId, useLayoutEffect, useRef } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { useKeepDraft } from "../store/use-keep-draft.js";
import { useFieldDraft } from "./use-field-draft.js";
import { useReadOnly } from "./use-read-only.js";

/**
 * Keys that follow each entry through this field's own edits (remove, move, add), so an input never
 * shows or writes its neighbour's text. Values changed from outside (undo, another record, a host)
 * get fresh keys: every input starts again from what the map holds.
 */
function useEntryKeys(values: readonly string[]) {
  const counter = useRef(0);
  const fresh = () => `entry-${counter.current++}`;
  const last = useRef<{ values: readonly string[]; keys: string[] }>({ values: [], keys: [] });
  const same =
    last.current.values.length === values.length && last.current.values.every((v, i) => v === values[i]);
  if (!same) last.current = { values, keys: values.map(fresh) };
  const keys = last.current.keys;
  /** Remember the keys of a list this field is about to emit. */
  const emit = (next: string[], nextKeys: string[]) => {
    last.current = { values: next, keys: nextKeys };
    return next;
  };
  return { keys, fresh, emit };
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

/** A text box as tall as its text: a long entry wraps onto more lines instead of being cut. */
function GrowingTextArea(props: ComponentProps<"textarea">) {
  const box = useRef<HTMLTextAreaElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again whenever the text changes
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    element.style.height = "auto";
    if (element.scrollHeight > 0) element.style.height = `${element.scrollHeight + 2}px`;
  }, [props.value]);
  return <textarea ref={box} rows={1} {...props} />;
}

/** One entry: controlled, commits on blur or Enter, Escape reverts. */
function EntryInput({
  label,
  field,
  value,
  onCommit,
  wrap = false,
}: {
  label: string;
  /** The name of its draft. */
  field: string;
  value: string;
  onCommit: (value: string) => void;
  wrap?: boolean;
}) {
  // Follows the map (undo, a host), and is an open draft named by `field` while it differs.
  const { text: draft, setText: setDraft, follow, composition } = useFieldDraft(field, value);
  /** Saves what is typed, with anything that arrived for this entry meanwhile merged in. */
  const commit = () => {
    const next = follow(value);
    if (next !== value) onCommit(next);
  };
  useKeepDraft(useStoreApi(), draft !== value, commit);
  if (wrap)
    return (
      <GrowingTextArea
        aria-label={label}
        value={draft}
        onChange={(event) => setDraft(event.target.value.replace(/\r?\n/g, " "))}
        {...composition}
        onBlur={commit}
        onKeyDown={(event) => {
          // One line of text that wraps: Enter commits, as in a one-line input.
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          }
          if (event.key === "Escape") setDraft(value);
        }}
      />
    );
  return (
    <input
      aria-label={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      {...composition}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
        if (event.key === "Escape") setDraft(value);
      }}
    />
  );
}

/**
 * An editable list of short texts (needs, goals, empathy-map entries): add, edit, remove, reorder.
 * `wrap`: long entries wrap onto more lines instead of scrolling inside a one-line box.
 */
export function StringListField({
  label,
  field = label,
  values,
  onChange,
  readOnly: readOnlyProp,
  wrap = false,
}: {
  label: string;
  /**
   * The name its drafts are reported by (`Draft.field`): `"Needs 2"` for an entry, `"Add to needs"`
   * for the add box. The label when left out; give one that stays the same in every language.
   */
  field?: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  readOnly?: boolean;
  wrap?: boolean;
}) {
  const readOnly = useReadOnly(readOnlyProp);
  const { t } = useEditorText();
  // The add box's text is a draft too (typed, not added yet): kept through a reload, added on a lock.
  const { text: adding, setText: setAdding } = useFieldDraft(`Add to ${field.toLowerCase()}`, "", readOnly);
  const id = useId();
  const { keys, fresh, emit } = useEntryKeys(values);
  const add = () => {
    if (!adding.trim()) return;
    onChange(emit([...values, adding.trim()], [...keys, fresh()]));
    setAdding("");
  };
  useKeepDraft(useStoreApi(), !readOnly && adding.trim() !== "", add);
  return (
    <fieldset className="jk-list-field">
      <legend>{label}</legend>
      <ul aria-labelledby={id}>
        {values.map((value, i) => (
          <li key={keys[i]}>
            {readOnly ? (
              <span>{value}</span>
            ) : (
              <>
                <EntryInput
                  label={`${label} ${i + 1}`}
                  field={`${field} ${i + 1}`}
                  wrap={wrap}
                  value={value}
                  onCommit={(text) => onChange(emit(replaceAt(values, i, text), keys))}
                />
                <button
                  type="button"
                  className="jk-icon-button"
                  aria-label={t("list.moveUp", { name: label, number: i + 1 })}
                  disabled={i === 0}
                  onClick={() => {
                    const swap = <T,>(list: readonly T[]) =>
                      replaceAt(replaceAt(list, i - 1, list[i]!), i, list[i - 1]!);
                    onChange(emit(swap(values), swap(keys)));
                  }}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="jk-icon-button"
                  aria-label={t("list.remove", { name: label, number: i + 1 })}
                  onClick={() =>
                    onChange(
                      emit(
                        values.filter((_, j) => j !== i),
                        keys.filter((_, j) => j !== i),
                      ),
                    )
                  }
                >
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="jk-list-add"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <input
            id={id}
            aria-label={t("list.addTo", { name: label })}
            placeholder={t("list.addPlaceholder")}
            value={adding}
            onChange={(event) => setAdding(event.target.value)}
          />
          <button type="submit" className="jk-button jk-button--small">
            {t("list.add")}
          </button>
        </form>
      )}
    </fieldset>
  );
}
