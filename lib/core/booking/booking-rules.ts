/**
 * The booking rules that pages show as well as the domain enforces. Constants only, with no
 * imports: lib/schemas re-exports them for pages and components, which may not import lib/core.
 */

/** Unexpired HELD reservations a user may have at once, across all concerts (docs/api.md). */
export const MAX_HOLDS_PER_USER = 4;
