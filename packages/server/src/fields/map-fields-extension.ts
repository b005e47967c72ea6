import type { Extension } from "@hocuspocus/server";
import { FIELDS_ORIGIN, guardMapFields } from "./guard-map-fields.js";

/**
 * The map's own fields kept valid, as a Hocuspocus extension: in each room once loaded, a map field a
 * client's edit leaves missing or wrong (a modified client deleting the title) is put back to its last
 * valid value with `origin` (`guardMapFields`), so no one can freeze the room on its last readable map.
 *
 * @example
 * new Server({ extensions: [mapFieldsExtension()] });
 */
export function mapFieldsExtension(origin: unknown = FIELDS_ORIGIN): Extension {
  return {
    extensionName: "journeykit-map-fields",
    async afterLoadDocument({ document }) {
      guardMapFields(document, origin);
    },
  };
}
