import { coffeeShopMobileOrdering } from "./coffee-shop-mobile-ordering.js";
import { employeeOnboarding } from "./employee-onboarding.js";
import { gymOnboarding } from "./gym-onboarding.js";
import { hotelCheckInBlueprint } from "./hotel-check-in-blueprint.js";
import { onlineStoreCheckout } from "./online-store-checkout.js";
import { onlineStoreCheckoutFuture } from "./online-store-checkout-future.js";
import { restaurantComplaintRecovery } from "./restaurant-complaint-recovery.js";
import { saasTrial } from "./saas-trial.js";
import type { JourneyTemplate } from "./template-builder.js";
import { travelBooking } from "./travel-booking.js";

/**
 * Ready maps for real scenarios, each complete: personas with empathy maps, stages, touchpoints,
 * cards, an emotion curve per persona, moments of truth and metrics.
 *
 * @example
 * const map = templates.find((t) => t.id === "saas-trial")!.create();
 */
export const templates: readonly JourneyTemplate[] = [
  restaurantComplaintRecovery,
  coffeeShopMobileOrdering,
  onlineStoreCheckout,
  onlineStoreCheckoutFuture,
  gymOnboarding,
  saasTrial,
  travelBooking,
  employeeOnboarding,
  hotelCheckInBlueprint,
];

/**
 * A template by id, or undefined.
 *
 * @example
 * getTemplate("restaurant-complaint-recovery")?.create();
 */
export function getTemplate(id: string): JourneyTemplate | undefined {
  return templates.find((template) => template.id === id);
}
