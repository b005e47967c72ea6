import { type Issue, type JourneyMap, validateJourneyMap } from "@journeykit/core";

// Maps are never mutated (treat them as immutable): a map object's validity is worked out once and
// remembered with it, whoever asks (the editor's gate, the store's `receiveValue` and `setMap`).
const issuesOf = new WeakMap<JourneyMap, Issue[] | null>();

/**
 * What is wrong with a map given to the editor (a host's `value`, `defaultValue`, `setMap`), or `null`
 * when it is valid. Validated once per map object: asked again about the same map (the editor's gate,
 * then the store it feeds), it answers from memory; a map the editor made itself is known valid.
 *
 * @example
 * const issues = mapIssues(value);
 * if (issues) onError?.(issues);
 */
export function mapIssues(map: JourneyMap): Issue[] | null {
  let issues = issuesOf.get(map);
  if (issues === undefined) {
    const result = validateJourneyMap(map);
    issues = result.ok ? null : result.errors;
    issuesOf.set(map, issues);
  }
  return issues;
}

/**
 * Remember `map` as valid without validating it: a map an operation made from a valid one (operations
 * never make a map invalid), or one the collaboration room holds (always valid). So the map the editor
 * reports through `onChange`, given back as `value`, is never validated.
 */
export function markValid(map: JourneyMap): void {
  issuesOf.set(map, null);
}
