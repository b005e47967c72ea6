import type { Channel } from "../records/touchpoint.js";

const LABELS: Record<Channel, string> = {
  web: "Web",
  "mobile-app": "App",
  email: "Email",
  phone: "Phone",
  chat: "Chat",
  social: "Social",
  "in-store": "In store",
  mail: "Mail",
  event: "Event",
  "word-of-mouth": "Word of mouth",
  other: "Other",
};

/**
 * A channel as people read it, short enough for a tag on a touchpoint.
 *
 * @example
 * channelLabel("mobile-app"); // "App"
 */
export function channelLabel(channel: Channel): string {
  return LABELS[channel] ?? channel;
}
