/**
 * Porter stems, from `natural`'s stemmer module loaded on first use by its
 * deep path (the package root costs 600 ms and prints to stdout).
 */
import { createRequire } from 'node:module';

interface Stemmer {
  stem(word: string): string;
}

let stemmer: Stemmer | undefined;

export function stem(word: string): string {
  stemmer ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
  return stemmer.stem(word);
}
