import { coffeeShopMobileOrdering } from "./coffee-shop-mobile-ordering";
import { employeeOnboarding } from "./employee-onboarding";
import { gymOnboarding } from "./gym-onboarding";
import { hotelCheckInBlueprint } from "./hotel-check-in-blueprint";
import { onlineStoreCheckout } from "./online-store-checkout";
import { onlineStoreCheckoutFuture } from "./online-store-checkout-future";
import { restaurantComplaintRecovery } from "./restaurant-complaint-recovery";
import { saasTrial } from "./saas-trial";
import type { JourneyTemplate } from "./template-builder";
import { travelBooking } from "./travel-booking";

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
