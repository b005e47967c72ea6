import { foldText } from "../mentions/mention-rules.js";

/** Personal data a whole column can hold: never read as text, masked on screen. */
export type PersonalData = "name" | "email" | "phone" | "ip" | "address" | "id";

/** What each kind is called in a column's reason and on the masked cells. */
export const PERSONAL_DATA_NAMES: Record<PersonalData, { plural: string; short: string }> = {
  name: { plural: "names of people", short: "name" },
  email: { plural: "e-mail addresses", short: "e-mail" },
  phone: { plural: "phone numbers", short: "phone" },
  ip: { plural: "IP addresses", short: "IP address" },
  address: { plural: "postal addresses", short: "address" },
  id: { plural: "ids of people, responses or tickets", short: "id" },
};

// Headers are folded (lowercase, no accents) before these are tried. English, Spanish, German, French,
// Portuguese, Italian and Dutch; Qualtrics' and help desks' own names ("RecipientEmail", "Requester").
const EMAIL = /e-?mail|correo|courriel|^mail$|mail ?adres|posta elettronica/;
const IP = /\bip\b|ipaddress|ip-?adres/;
const PHONE =
  /phone|telef|telep|\btel\b|\bmobile?\b|\bcell\b|handy|\bmovil\b|celular|portable|cellulare|telemovel|mobiel|whatsapp/;
/** Ids by their word ("Review Id", "Customer number", "Ticket #", "Kundennummer"). */
const ID =
  /\bids?\b|^#$|#$|identifier|uuid|guid|responseid|respondentid|\b(customer|client|member|account|user|order|ticket|booking|reference|contact|record|kunden|cliente|klant) ?(number|no\.?|nr\.?|#)|nummer$|numero de (cliente|pedido|socio)|numero (client|adherent)/;
/** Names of people, unless the header names a thing ("Webshop Name", "Nombre de la tienda"). */
const NAME =
  /\bnames?\b|firstname|lastname|fullname|surname|given name|family name|reviewer|\bauthor\b|requester|requestor|assignee|submitter|submitted by|\bagent\b|\bnombres?\b|apellidos?|\bvorname\b|\bnachname\b|familienname|\bprenom\b|\bnom\b|\bnome\b|sobrenome|apelido|cognome|\bnaam\b|voornaam|achternaam|^(customer|client|guest|patient|consumer|user|username|contact|kunde|cliente|klant|huesped|gast)$/;
const NOT_A_PERSON =
  /(webshop|shop|store|product|company|business|location|branch|site|stage|step|event|campaign|brand|survey|project|plan|restaurant|hotel|venue|item|dish|file|page|app|domain|unit|tienda|producto|empresa|sucursal|local|firma|filiale|produit|entreprise|magasin|prodotto|negozio|azienda|bedrijf|winkel)[ _-]?(name|nombre|nom|nome|naam)|(name|nombre|nom|nome|naam) (of|de|del|de la|du|des|van) (the )?(shop|store|product|company|business|location|tienda|producto|empresa|magasin|produit|restaurant|negozio|winkel)|produktname|firmenname/;
const ADDRESS =
  /\baddress\b|street|post ?code|postal|\bzip\b|zip ?code|adresse|anschrift|strasse|\bplz\b|postleitzahl|direccion|\bcalle\b|codigo postal|code postal|\brue\b|endereco|morada|\bcep\b|indirizzo|\bcap\b|\badres\b|straat|woonplaats|latitude|longitude|geoloc/;
/** Ids by the export's own names ("ResponseId", "External Data Reference", "Recipient…", "Token"). */
const EXPORT_ID =
  /respondent|response ?id|submission ?id|record ?id|external ?(data ?)?reference|externalreference|externaldatareference|recipient|\btoken\b|\bnetwork id\b/;

const words = (header: string) => header.split(/\s+/).filter(Boolean).length;

/**
 * The personal data a column holds, judged by its header alone, in English, Spanish, German, French,
 * Portuguese, Italian and Dutch: e-mail ("Consumer Email", "Dirección de correo electrónico",
 * "E-Mail-Adresse"), IP address, phone ("Telefon"), ids ("ResponseId", "Customer number",
 * "ExternalReference"), names of people ("Reviewer", "Requester", "Author", "Nombre", "Vorname", not
 * "Webshop Name") and postal addresses ("Adresse", "Código postal"). A header of more than eight words
 * is a question, not a label: `undefined`.
 *
 * @example
 * personalDataOfHeader("Dirección de correo electrónico"); // "email"
 * personalDataOfHeader("Reviewer"); // "name"
 * personalDataOfHeader("Webshop Name"); // undefined
 */
export function personalDataOfHeader(rawHeader: string): PersonalData | undefined {
  // "RecipientEmail" and "reviewer_name" read as "recipient email" and "reviewer name".
  const header = foldText(rawHeader.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2"))
    .replace(/[_()[\]:*?¿]+/g, " ")
    .trim();
  if (header === "" || words(header) > 8) return undefined;
  if (EMAIL.test(header)) return "email";
  if (IP.test(header)) return "ip";
  if (PHONE.test(header)) return "phone";
  if (ID.test(header)) return "id";
  if (NAME.test(header) && !NOT_A_PERSON.test(header)) return "name";
  if (ADDRESS.test(header) && !/\b(web|url|site|link)\b/.test(header)) return "address";
  if (EXPORT_ID.test(header)) return "id";
  return undefined;
}

const EMAIL_VALUE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i;
const PHONE_VALUE = /^(?:\+|00|\(?0)[\d\s().\u00a0/-]{6,}$|^\d{2,4}[\s.-]\d{2,4}[\s.-]\d{2,8}$/;
/** Dates that look like phone numbers: `2026-03-02`, `02.03.2026`. */
const DATE_VALUE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}\b|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b/;
/** A token with letters and digits and no space ("R_0abcDEF", "5f8a1c2e-…"), or digits after a #. */
const ID_VALUE = /^(?=[^\s]*\d)(?=[^\s]*[a-z])[a-z0-9_:.-]{6,64}$|^#?\d{6,20}$/i;
const PARTICLE = "(?:de|del|da|das|do|dos|van|von|der|den|la|le|di|du|y|e|zu|ten|ter|bin)";
const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.?)";
/** Two or three capitalised words ("Maria García", "Jo van der Berg", "Ana G."). */
const NAME_VALUE = new RegExp(`^\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:${PARTICLE}\\s+){0,2}${NAME_WORD}){1,2}$`, "u");

const shareOf = (values: readonly string[], test: (v: string) => boolean) =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;
const digitCount = (v: string) => v.replace(/\D/g, "").length;

/**
 * The personal data a column holds, judged by its answers (blank answers already left out): most look
 * like e-mail addresses, IP addresses, phone numbers or ids (tokens unique to each row), or (when
 * `names` is true, for columns whose header asks for no text) short capitalised names of two or three
 * words, mostly different from row to row.
 *
 * @example
 * personalDataOfValues(["ana@example.es", "jo@example.com", "—"]); // "email"
 * personalDataOfValues(["Maria García", "John D.", "Lena Vogel"], { names: true }); // "name"
 */
export function personalDataOfValues(
  values: readonly string[],
  options: { names?: boolean } = {},
): PersonalData | undefined {
  if (values.length === 0) return undefined;
  const trimmed = values.map((v) => v.trim());
  const distinct = new Set(trimmed).size / trimmed.length;
  if (shareOf(trimmed, (v) => EMAIL_VALUE.test(v)) >= 0.6) return "email";
  if (shareOf(trimmed, (v) => IPV4.test(v) || (v.includes(":") && IPV6.test(v))) >= 0.6) return "ip";
  const phone = (v: string) =>
    PHONE_VALUE.test(v) && !DATE_VALUE.test(v) && digitCount(v) >= 7 && digitCount(v) <= 15;
  if (shareOf(trimmed, phone) >= 0.6) return "phone";
  if (distinct >= 0.9 && shareOf(trimmed, (v) => ID_VALUE.test(v)) >= 0.9) return "id";
  if (options.names && distinct >= 0.6 && shareOf(trimmed, (v) => NAME_VALUE.test(v)) >= 0.7) return "name";
  return undefined;
}

/**
 * Whether a column's answers could hold the personal data its header names: an e-mail column holds
 * @ signs, a phone column digits, an IP column IP addresses, a name column letters. A header such as
 * "Mobile app rating" whose answers are 1-5 is no phone column.
 */
export function valuesFit(kind: PersonalData, values: readonly string[]): boolean {
  const trimmed = values.map((v) => v.trim());
  if (kind === "email") return shareOf(trimmed, (v) => v.includes("@")) >= 0.5;
  if (kind === "phone") return shareOf(trimmed, (v) => digitCount(v) >= 6) >= 0.5;
  if (kind === "ip") return shareOf(trimmed, (v) => /^[\d.:a-f]+$/i.test(v) && /[.:]/.test(v)) >= 0.5;
  if (kind === "name") return shareOf(trimmed, (v) => /\p{L}/u.test(v) && v.length <= 80) >= 0.5;
  return true;
}
