/**
 * A file's outcome as it crosses between threads. Every entry of a collection
 * refers to the file's whole text for its excerpts, and the structured clone
 * would copy that text once per entry (a 2,000-entry export, a gigabyte), so
 * each distinct text travels once and results refer to it by number.
 */
import type { LintResult } from '../formatters/types.js';
import type { FileOutcome } from './check-file.js';

type WireResult = Omit<LintResult, 'source'> & { sourceText?: number };

export interface WireOutcome extends Omit<FileOutcome, 'results'> {
  results: WireResult[];
  texts: string[];
}

export function toWireOutcome(outcome: FileOutcome): WireOutcome {
  const texts: string[] = [];
  const numbers = new Map<string, number>();
  const results = outcome.results.map(({ source, ...rest }): WireResult => {
    if (source === undefined) return rest;
    let n = numbers.get(source);
    if (n === undefined) numbers.set(source, (n = texts.push(source) - 1));
    return { ...rest, sourceText: n };
  });
  return { ...outcome, results, texts };
}

export function fromWireOutcome({ texts, results, ...rest }: WireOutcome): FileOutcome {
  return {
    ...rest,
    results: results.map(({ sourceText, ...result }) => (sourceText === undefined ? result : { ...result, source: texts[sourceText]! })),
  };
}
