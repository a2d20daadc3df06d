// Exercise "fast-food": see README.md (English) or README.fr.md (français).
// Run `npm run grade -- fast-food` to check your work.
import type { Restaurant, RestaurantConfig } from '#runtime'

/** Opens the counter of `restaurant`. `serve(client)` orders a soda, a burger and fries at once,
 *  respects every limit of `restaurant.config`, and resolves with the milliseconds the order took. */
export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  throw new Error('not implemented yet: openRestaurant')
}

/** Places one order every `periodMs` (without waiting for earlier ones), then counts the orders
 *  served in strictly less than `timeoutMs`. */
export async function perfTest(
  serve: (client: string) => Promise<number>,
  load: { clients: number; periodMs: number; timeoutMs: number },
): Promise<{ satisfied: number; total: number }> {
  throw new Error('not implemented yet: perfTest')
}

/** The cheapest restaurant that serves 60 clients arriving every 500 ms, each in under 5000 ms.
 *  Placeholder: today's restaurant. Replace it with your answer. */
export const upgrade: RestaurantConfig = { sodaMachines: 1, cooks: 3, fryerPortions: 5 }
