import { coreTranslator } from "../i18n/core-catalogue.js";
import type { LabelOptions } from "../labels/format-number.js";
import { CHANNELS, type Channel } from "../records/touchpoint.js";

/**
 * A channel as people read it, short enough for a tag on a touchpoint, in core's words
 * (English by default); an unknown channel is written as given.
 *
 * @example
 * channelLabel("mobile-app"); // "App"
 * channelLabel("in-store", { locale: "es", messages: coreEs }); // "En tienda"
 */
export function channelLabel(channel: Channel, options: LabelOptions = {}): string {
  if (!(CHANNELS as readonly string[]).includes(channel)) return channel;
  return coreTranslator(options).t(`channel.${channel}`);
}
