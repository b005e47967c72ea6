/**
 * The mark of a metric computed from imported data (three rising bars, as a chart): drawn before its
 * figure on the canvas and in the "+N more" list. Decorative: the text beside it says "measured".
 */
export function MeasuredMark() {
  return (
    <svg className="jk-measured-mark" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <rect x="0.5" y="6" width="2.2" height="3.5" rx="0.5" />
      <rect x="3.9" y="3.5" width="2.2" height="6" rx="0.5" />
      <rect x="7.3" y="0.5" width="2.2" height="9" rx="0.5" />
    </svg>
  );
}
