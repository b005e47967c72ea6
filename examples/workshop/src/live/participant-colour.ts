/** Pointer colours dark enough for white name labels, distinct from each other. */
export const PARTICIPANT_COLOURS = [
  "#d9480f",
  "#1971c2",
  "#2b8a3e",
  "#9c36b5",
  "#c2255c",
  "#0b7285",
  "#5f3dc4",
  "#a61e4d",
  "#364fc7",
  "#087f5b",
] as const;

/** A participant's colour from their name (the same name keeps its colour across reloads). */
export function participantColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PARTICIPANT_COLOURS[hash % PARTICIPANT_COLOURS.length]!;
}
