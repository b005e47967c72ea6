/**
 * The forms of a message that depends on a count, one per CLDR plural category the language uses
 * (English: `one`, `other`; French also `many` for millions). `other` is required: a category a
 * catalogue leaves out reads as `other`.
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * One entry of a catalogue: a text with `{name}` placeholders, or the plural forms of one (each may
 * use `{count}`).
 */
export type Message = string | PluralMessage;

/** A catalogue of messages by key: the English one of a layer, `as const`, is the source of its keys. */
export type Catalogue = { readonly [key: string]: Message };

/**
 * A translation of catalogue `C`: every key of `C`, a plain text where `C` has one and plural forms
 * where `C` has them. A translation that misses a key does not type-check.
 */
export type Messages<C extends Catalogue> = {
  readonly [K in keyof C]: C[K] extends string ? string : PluralMessage;
};

/** The placeholder names of a text: "{count} of {total}" → "count" | "total". */
export type PlaceholdersOf<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** Every text of a message: itself, or each of its plural forms. */
type TextsOf<M> = M extends string ? M : M extends PluralMessage ? Exclude<M[keyof M], undefined> : never;

/** The values a message needs: one per placeholder, and `count` for a plural message. */
export type MessageValues<M> = {
  readonly [P in PlaceholdersOf<TextsOf<M>>]: string | number;
} & (M extends string ? unknown : { readonly count: number });

/** The values argument of a message: none when it has no placeholder, else its values. */
export type MessageArgs<M> = M extends string
  ? [PlaceholdersOf<M>] extends [never]
    ? []
    : [values: MessageValues<M>]
  : [values: MessageValues<M>];
