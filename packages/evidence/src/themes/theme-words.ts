import { deu, eng, spa } from "stopword";
import type { PlacementLanguage } from "../mentions/stem-words.js";

/**
 * Words that carry no theme in customer comments beyond the `stopword` package's lists: fillers
 * ("really", "again"), verbs of any story ("got", "went") and the politeness of e-mails and tickets
 * ("thanks", "regards", "hi"), per language.
 */
const EXTRA_STOPWORDS: Record<PlacementLanguage, readonly string[]> = {
  en: [
    ...["also", "really", "just", "get", "got", "getting", "would", "could", "should", "one", "even"],
    ...["still", "much", "lot", "lots", "again", "very", "quite", "bit", "every", "ever", "well", "like"],
    ...["so", "thing", "things", "something", "anything", "everything", "way", "make", "made", "go", "went"],
    ...["going", "gone", "us", "im", "i'm", "it's", "didn't", "don't", "wasn't", "can't", "won't", "isn't"],
    ...["i've", "we've", "they're", "you're", "there's", "that's", "ok", "okay", "yes", "etc", "will"],
    ...["hi", "hello", "hey", "dear", "thanks", "thank", "thx", "cheers", "regards", "please", "pls"],
  ],
  es: [
    ...["fue", "era", "es", "está", "estaba", "están", "estaban", "son", "muy", "más", "mas", "lo", "le"],
    ...["les", "al", "mi", "mis", "tu", "su", "hay", "había", "todo", "toda", "todos", "todas"],
    ...["también", "ya", "me", "te", "se", "nos", "ni", "si", "sí", "no", "qué", "aunque", "bien", "vez"],
    ...["veces", "otra", "ser", "estar", "tener", "hacer", "han", "ha", "he", "hemos", "tiene", "tenía"],
    ...["solo", "sólo", "nada", "algo", "cada", "así", "aquí", "allí", "después", "siempre", "hola"],
    ...["gracias", "saludos", "favor", "estimado", "estimada", "estimados", "cordiales"],
  ],
  de: [
    ...["leider", "wirklich", "einfach", "bzw", "usw", "ca", "mal", "eigentlich", "total", "echt"],
    ...["hallo", "danke", "bitte", "grüße", "gruß", "grüsse", "gruss", "freundlichen", "liebe"],
  ],
};

/**
 * Words that may stand inside a two-word phrase, which then reads with them ("waste of time",
 * "sala de espera", "Qualität des Essens"); the phrase counts as its two content words.
 */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "de", "del", "en", "von", "des"]);

const cache = new Map<PlacementLanguage, ReadonlySet<string>>();

/**
 * The words that never become a theme or part of one in comments of `language`: that language's
 * stopwords and English ones (English sign-offs and fillers turn up in every export), plus the extra
 * fillers and politeness above. Lowercase, accents kept.
 *
 * @example
 * themeStopwords("es").has("gracias"); // true
 */
export function themeStopwords(language: PlacementLanguage): ReadonlySet<string> {
  let set = cache.get(language);
  if (!set) {
    const base = language === "es" ? spa : language === "de" ? deu : [];
    set = new Set([...eng, ...EXTRA_STOPWORDS.en, ...base, ...EXTRA_STOPWORDS[language]]);
    cache.set(language, set);
  }
  return set;
}

/**
 * Text that comes with a message rather than from the customer: mail-app signatures ("Sent from my
 * iPhone", "Get Outlook for iOS", "Von meinem iPhone gesendet", "Enviado desde mi teléfono"),
 * greetings at the start ("Hi team,", "Sehr geehrte Damen und Herren,") and a closing with whatever
 * short signature follows it ("Kind regards, Sam Lee, Acme Ltd"), or everything after a "-- " line.
 */
const BOILERPLATE = new RegExp(
  [
    String.raw`\bsent (?:from|with|via) (?:my|yahoo|mail|outlook|gmail|samsung|the)\b[^\n.!?]{0,40}`,
    String.raw`\bget outlook for \S+`,
    String.raw`\benviado desde (?:mi|el)\b[^\n.!?]{0,40}`,
    String.raw`\bvon meine[mr]? [^\n.!?]{0,30}gesendet`,
    String.raw`\bgesendet (?:von|mit|über) [^\n.!?]{0,40}`,
    String.raw`^\s*(?:hi|hello|hey|dear|hola|buenos días|buenas tardes|estimad[oa]s?|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?)\b[^,.!:\n]{0,40}[,.!:\n]`,
    String.raw`(?:kind regards|best regards|warm regards|many thanks|thanks in advance|best wishes|regards|saludos cordiales|un saludo|atentamente|mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en|viele gr(?:ü|ue|u)(?:ß|ss)e|beste gr(?:ü|ue|u)(?:ß|ss)e|liebe gr(?:ü|ue|u)(?:ß|ss)e)[\s\S]{0,120}$`,
    String.raw`\n--\s*\n[\s\S]*$`,
  ].join("|"),
  // Matched on lowercase text: no case folding, no Unicode mode (both made it ~6x slower).
  "g",
);
/** Cheap test first: most comments hold none of the words any boilerplate starts with. */
const MAYBE_BOILERPLATE =
  /sent |outlook|enviado|gesendet|regards|saludo|atentamente|gr(?:ü|ue|u)(?:ß|ss)|thanks in|many thanks|best wishes|\n--|^\s*(?:hi|hello|hey|dear|hola|buen|estimad|hallo|guten|liebe|sehr)\b/;

/**
 * A lowercase comment without its boilerplate (see `BOILERPLATE`): each piece becomes a line break,
 * so no phrase spans it.
 *
 * @example
 * withoutBoilerplate("the form was lost again.\nsent from my iphone"); // "the form was lost again.\n\n"
 */
export function withoutBoilerplate(lower: string): string {
  if (!MAYBE_BOILERPLATE.test(lower)) return lower;
  BOILERPLATE.lastIndex = 0;
  return lower.replace(BOILERPLATE, "\n");
}
