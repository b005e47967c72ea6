import { Fragment, type ReactNode } from "react";

const MARK = "\uE000";
const SLOTS = /\uE000(\w+)\uE000/;

/**
 * A placeholder's stand-in for `RichText`: pass it as a message's value where an element goes
 * (`t("voting.tally", { cast: slot("cast"), ... })`), so each language keeps its own word order.
 */
export function slot(name: string): string {
  return `${MARK}${name}${MARK}`;
}

/**
 * A translated text with elements where its `slot`s are: "<strong>4</strong> of 18 dots used".
 *
 * @example
 * <RichText text={t("voting.tally", { cast: slot("cast"), budget, remaining })} parts={{ cast: <strong>{cast}</strong> }} />
 */
export function RichText({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  return (
    <>
      {text.split(SLOTS).map((piece, i) =>
        // Odd pieces are slot names (the split's captured group).
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text never move
        i % 2 === 1 ? <Fragment key={i}>{parts[piece]}</Fragment> : piece,
      )}
    </>
  );
}
