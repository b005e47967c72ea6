import { coreTranslator, labelDate, type Quote } from "@journeykit/core";
import { sentimentTone } from "./sentiment-tone";
import "./evidence.css";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** One customer quote, its border and label coloured by sentiment (the label says it too, not only the colour). */
export function QuoteText({ quote, where }: { quote: Quote; where?: string }) {
  const tone = sentimentTone(quote.sentiment);
  const { labels } = useWorkshopText();
  return (
    <figure className={`ws-quote ws-quote-${tone}`} data-tone={tone}>
      <blockquote>“{quote.text}”</blockquote>
      <figcaption>
        <span className="ws-quote-tone">{coreTranslator(labels).t(`quote.${tone}`)}</span>
        {quote.score !== undefined && (
          <span>
            {quote.scale ? `${quote.scale.toUpperCase()} ` : ""}
            {quote.score}
          </span>
        )}
        {where && <span>{where}</span>}
        {quote.date && <span>{labelDate(quote.date, labels)}</span>}
      </figcaption>
    </figure>
  );
}
