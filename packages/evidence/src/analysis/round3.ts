/** A figure rounded to three decimals, as sentiment is shown and stored. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
