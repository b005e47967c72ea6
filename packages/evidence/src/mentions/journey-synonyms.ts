import { type PlacementLanguage, stemWords } from "./stem-words.js";

/**
 * Words customers use for the same step of a journey, in English, Spanish and German: a rule keyword in
 * a group also places a comment using any other word of the group ("pay" finds "the bill was wrong").
 * Small on purpose: only words that name one step in most businesses. Each word is stemmed, so its
 * inflections match too ("invoice" finds "invoiced").
 */
export const JOURNEY_SYNONYMS: Readonly<Record<PlacementLanguage, readonly (readonly string[])[]>> = {
  en: [
    [
      "pay",
      "paid",
      "payment",
      "bill",
      "billing",
      "invoice",
      "cost",
      "charge",
      "price",
      "fee",
      "receipt",
      "checkout",
      "expensive",
      "overcharged",
    ],
    ["book", "booking", "appointment", "reservation", "reserve", "schedule", "reschedule", "slot"],
    ["wait", "queue", "late", "delay", "delayed", "slow"],
    [
      "deliver",
      "delivery",
      "shipping",
      "ship",
      "shipment",
      "arrive",
      "arrival",
      "courier",
      "parcel",
      "dispatch",
    ],
    ["order", "purchase", "buy", "bought", "cart", "basket"],
    ["support", "helpline", "hotline", "call", "phone", "contact", "agent"],
    ["return", "refund", "exchange"],
    ["cancel", "cancellation", "cancelled", "canceled"],
    ["signup", "register", "registration", "login"],
  ],
  es: [
    [
      "pagar",
      "pago",
      "pague",
      "factura",
      "facturacion",
      "cobro",
      "cobrar",
      "cobraron",
      "precio",
      "coste",
      "costo",
      "tarifa",
      "caro",
      "recibo",
    ],
    ["reservar", "reserva", "cita", "turno", "agendar"],
    ["esperar", "espera", "espere", "cola", "tarde", "retraso", "demora", "lento"],
    ["entrega", "entregar", "envio", "enviar", "llegar", "llego", "llegada", "paquete", "mensajero"],
    ["pedido", "pedir", "comprar", "compra", "compre", "carrito"],
    ["ayuda", "soporte", "llamar", "llamada", "telefono", "contacto", "atencion"],
    ["devolucion", "devolver", "reembolso"],
    ["cancelar", "cancelacion", "cancelado"],
    ["registro", "registrarse"],
  ],
  de: [
    [
      "zahlen",
      "bezahlen",
      "bezahlt",
      "zahlung",
      "rechnung",
      "kosten",
      "preis",
      "gebuhr",
      "teuer",
      "abrechnung",
      "kasse",
    ],
    ["buchen", "buchung", "gebucht", "termin", "reservierung", "reservieren", "terminvergabe"],
    ["warten", "gewartet", "wartezeit", "schlange", "spat", "verspatung", "verzogerung", "langsam"],
    [
      "lieferung",
      "liefern",
      "geliefert",
      "versand",
      "versendet",
      "ankommen",
      "angekommen",
      "ankunft",
      "paket",
      "zustellung",
    ],
    ["bestellung", "bestellen", "bestellt", "kaufen", "gekauft", "kauf", "warenkorb"],
    ["hilfe", "support", "kundenservice", "anrufen", "anruf", "telefon", "hotline", "kontakt"],
    ["ruckgabe", "zuruckgeben", "erstattung", "umtausch", "retoure"],
    ["stornieren", "storniert", "stornierung", "kundigen", "kundigung"],
    ["registrierung", "registrieren", "anmelden", "anmeldung", "konto", "login"],
  ],
};

// Per language: stem -> the group's name (its first word), built on first use.
const groups: Partial<Record<PlacementLanguage, ReadonlyMap<string, string>>> = {};

/**
 * The synonym group a stem belongs to (named by the group's first word, e.g. `"~pay"` for "invoic"),
 * or `undefined`.
 *
 * @example
 * synonymGroup("invoic", "en"); // "~pay"
 */
export function synonymGroup(stem: string, language: PlacementLanguage): string | undefined {
  let byStem = groups[language];
  if (!byStem) {
    const built = new Map<string, string>();
    for (const group of JOURNEY_SYNONYMS[language]) {
      const name = `~${group[0]}`;
      for (const word of group) for (const s of stemWords(word, language)) built.set(s, name);
    }
    byStem = built;
    groups[language] = built;
  }
  return byStem.get(stem);
}
