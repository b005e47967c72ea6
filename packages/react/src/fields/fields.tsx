import { type ReactNode, useId, useRef, useState } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { useKeepDraft } from "../store/use-keep-draft.js";
import { useFieldDraft } from "./use-field-draft.js";
import { useReadOnly } from "./use-read-only.js";

/** A labelled row of the inspector. */
export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="jk-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <small className="jk-hint">{hint}</small>}
    </div>
  );
}

/**
 * A text input that commits on blur or Enter: one undo step per edit, not per keystroke. What is typed
 * meanwhile is an open draft (named by `field`, else `label`), so a host can keep it through a reload
 * or a crash.
 */
export function TextField({
  label,
  field = label,
  value,
  onCommit,
  readOnly: readOnlyProp,
  multiline = false,
  placeholder,
}: {
  label: string;
  /** The name its draft is reported by (`Draft.field`); the label when left out. */
  field?: string;
  value: string;
  onCommit: (value: string) => void;
  readOnly?: boolean;
  multiline?: boolean;
  placeholder?: string;
}) {
  const readOnly = useReadOnly(readOnlyProp);
  const box = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const draft = useFieldDraft(field, value, readOnly, box);
  /** Saves what is typed, with anything that arrived for this field meanwhile merged in. */
  const commit = () => {
    const next = draft.follow(value);
    if (next !== value) onCommit(next);
  };
  useKeepDraft(useStoreApi(), !readOnly && draft.text !== value, commit);
  return (
    <Field label={label}>
      {(id) =>
        readOnly ? (
          <output id={id} className="jk-readonly-value">
            {value || "—"}
          </output>
        ) : multiline ? (
          <textarea
            ref={box}
            id={id}
            value={draft.text}
            rows={3}
            placeholder={placeholder}
            onChange={(event) => draft.setText(event.target.value)}
            {...draft.composition}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) commit();
              if (event.key === "Escape") draft.setText(value);
            }}
          />
        ) : (
          <input
            ref={box}
            id={id}
            value={draft.text}
            placeholder={placeholder}
            onChange={(event) => draft.setText(event.target.value)}
            {...draft.composition}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === "Enter") commit();
              if (event.key === "Escape") draft.setText(value);
            }}
          />
        )
      }
    </Field>
  );
}

/** A select of fixed options (with an optional "none"). */
export function SelectField<T extends string | number>({
  label,
  value,
  options,
  onChange,
  readOnly: readOnlyProp,
  none,
}: {
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
  readOnly?: boolean;
  none?: string;
}) {
  const readOnly = useReadOnly(readOnlyProp);
  const current = options.find((o) => o.value === value);
  return (
    <Field label={label}>
      {(id) =>
        readOnly ? (
          <output id={id} className="jk-readonly-value">
            {current?.label ?? none ?? "—"}
          </output>
        ) : (
          <select
            id={id}
            value={value === undefined ? "" : String(value)}
            onChange={(event) => {
              const picked = options.find((o) => String(o.value) === event.target.value);
              onChange(picked?.value);
            }}
          >
            {none !== undefined && <option value="">{none}</option>}
            {options.map((o) => (
              <option key={String(o.value)} value={String(o.value)}>
                {o.label}
              </option>
            ))}
          </select>
        )
      }
    </Field>
  );
}

/** A number input that refuses values outside its range with a message, committing on blur/Enter. */
export function NumberField({
  label,
  field = label,
  value,
  min,
  max,
  step = "any",
  onCommit,
  readOnly: readOnlyProp,
  optional = false,
  hint: hintProp,
}: {
  label: string;
  /** The name its draft is reported by (`Draft.field`); the label when left out. */
  field?: string;
  value: number | undefined;
  min?: number;
  max?: number;
  step?: number | "any";
  onCommit: (value: number | undefined) => void;
  readOnly?: boolean;
  optional?: boolean;
  /** Shown under the field; defaults to its range. */
  hint?: string;
}) {
  const readOnly = useReadOnly(readOnlyProp);
  const { t } = useEditorText();
  /** The value as the box shows it. */
  const shown = value === undefined ? "" : String(value);
  // A number does not merge: one typed at the same time as another's replaces it, the last one saved.
  const { text: draft, setText: setDraft } = useFieldDraft(field, shown, readOnly, undefined, false);
  const [error, setError] = useState<string | null>(null);
  const range = min !== undefined && max !== undefined ? { min, max } : undefined;
  const commit = () => {
    if (draft.trim() === "" && optional) {
      setError(null);
      if (value !== undefined) onCommit(undefined);
      return;
    }
    const number = Number(draft);
    if (
      !Number.isFinite(number) ||
      (min !== undefined && number < min) ||
      (max !== undefined && number > max)
    ) {
      setError(range ? t("field.enterNumberFrom", range) : t("field.enterNumber"));
      return;
    }
    setError(null);
    if (number !== value) onCommit(number);
  };
  useKeepDraft(useStoreApi(), !readOnly && draft !== shown, commit);
  const hint = hintProp ?? (range ? t("field.range", range) : undefined);
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      {(id) =>
        readOnly ? (
          <output id={id} className="jk-readonly-value">
            {value ?? "—"}
          </output>
        ) : (
          <>
            <input
              id={id}
              type="number"
              inputMode="decimal"
              value={draft}
              min={min}
              max={max}
              step={step}
              aria-invalid={error !== null}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={commit}
              onKeyDown={(event) => event.key === "Enter" && commit()}
            />
            {error && (
              <span className="jk-error" role="alert">
                {error}
              </span>
            )}
          </>
        )
      }
    </Field>
  );
}

export { StringListField } from "./StringListField.js";
