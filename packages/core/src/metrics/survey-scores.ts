/** Check every answer is an integer in range; name the first bad one by index. */
export function checkAnswers(scores: readonly number[], min: number, max: number, scale: string): void {
  scores.forEach((score, i) => {
    if (!Number.isInteger(score) || score < min || score > max) {
      throw new RangeError(`scores[${i}] is ${score}; ${scale} answers are integers from ${min} to ${max}`);
    }
  });
}

/** A percentage rounded to one decimal. */
export const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
