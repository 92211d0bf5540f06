/**
 * Porter stems, from `natural`'s stemmer module by its deep path (the
 * package root costs 600 ms and prints to stdout).
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

export function stem(word: string): string {
  return PorterStemmer.stem(word);
}
