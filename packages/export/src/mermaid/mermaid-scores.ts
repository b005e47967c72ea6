/** Round to the nearest integer, halves away from zero, so the mapping is symmetric around 0. */
const roundSymmetric = (x: number) => Math.sign(x) * Math.round(Math.abs(x));
const clamp = (x: number, min: number, max: number) => Math.max(min, Math.min(max, x));

/**
 * Mermaid `journey` task scores are 1..5 (3 is neutral); journeykit emotions are -3..3. The mapping
 * is linear both ways (`score = 3 + emotion / 1.5`), rounded to the nearest integer with halves
 * away from the middle, so it is symmetric (`emotion` and `-emotion` land at the same distance
 * from 3):
 *
 * | emotion | -3 | -2 | -1 | 0 | +1 | +2 | +3 |
 * | Mermaid |  1 |  2 |  2 | 3 |  4 |  4 |  5 |
 *
 * Means (several touchpoint-level points at a stage) are mapped the same way before rounding.
 *
 * @example
 * emotionToMermaidScore(-2); // 2
 */
export function emotionToMermaidScore(emotion: number): number {
  return clamp(3 + roundSymmetric(emotion / 1.5), 1, 5);
}

/**
 * The inverse of `emotionToMermaidScore`: `emotion = (score - 3) * 1.5`, rounded the same way.
 * A Mermaid score survives the round trip unchanged; a journeykit emotion of ±1 comes back as ±2
 * (Mermaid has five levels to journeykit's seven).
 *
 * | Mermaid |  1 |  2 | 3 |  4 |  5 |
 * | emotion | -3 | -2 | 0 | +2 | +3 |
 *
 * @example
 * mermaidScoreToEmotion(4); // 2
 */
export function mermaidScoreToEmotion(score: number): number {
  return clamp(roundSymmetric((score - 3) * 1.5), -3, 3);
}
