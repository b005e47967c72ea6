/**
 * Mermaid `journey` task scores are 1..5; journeykit emotions are -3..3. The mapping is linear both
 * ways, rounded to the nearest integer:
 *
 * | emotion | -3 | -2 | -1 | 0 | +1 | +2 | +3 |
 * | Mermaid |  1 |  2 |  2 | 3 |  4 |  4 |  5 |
 *
 * | Mermaid |  1 |  2 | 3 | 4 | 5 |
 * | emotion | -3 | -1 | 0 | 2 | 3 |
 *
 * (Mermaid has fewer levels, so -2/-1 and +1/+2 share a score; a round trip keeps the sign.)
 */
export function emotionToMermaidScore(score: number): number {
  return Math.max(1, Math.min(5, Math.round(1 + ((score + 3) * 4) / 6)));
}

/** The inverse of `emotionToMermaidScore` (see its table). */
export function mermaidScoreToEmotion(score: number): number {
  const value = Math.round((score - 1) * 1.5 - 3);
  return Math.max(-3, Math.min(3, value === 0 ? 0 : value));
}
