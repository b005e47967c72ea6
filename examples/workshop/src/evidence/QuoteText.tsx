import type { Quote } from "@journeykit/core";
import { sentimentTone } from "./sentiment-tone";
import "./evidence.css";

const TONE_NAMES = { negative: "Negative", neutral: "Neutral", positive: "Positive" } as const;

/** One customer quote, its border and label coloured by sentiment (the label says it too, not only the colour). */
export function QuoteText({ quote, where }: { quote: Quote; where?: string }) {
  const tone = sentimentTone(quote.sentiment);
  return (
    <figure className={`ws-quote ws-quote-${tone}`} data-tone={tone}>
      <blockquote>“{quote.text}”</blockquote>
      <figcaption>
        <span className="ws-quote-tone">{TONE_NAMES[tone]}</span>
        {quote.score !== undefined && (
          <span>
            {quote.scale ? `${quote.scale.toUpperCase()} ` : ""}
            {quote.score}
          </span>
        )}
        {where && <span>{where}</span>}
        {quote.date && <span>{quote.date.slice(0, 10)}</span>}
      </figcaption>
    </figure>
  );
}
