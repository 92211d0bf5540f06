/**
 * The reply's side of the conversation, as the customer-context rules read it:
 * its body sentences and the word stems it uses.
 */
import type { Draft } from '../../document/draft.js';
import type { Sentence } from '../../types.js';
import { contentWords } from './questions.js';
import { stem } from './stem.js';

/** Sentences of the body; a draft with no body region falls back to every linted sentence. */
export function bodySentences(draft: Draft): readonly Sentence[] {
  const body = draft.sentences.filter((s) => s.region === 'body');
  return body.length > 0 ? body : draft.sentences;
}

/** A sentence's text with placeholders masked, as phrase matching sees it. */
export function lintTextOf(draft: Draft, sentence: Sentence): string {
  return draft.lintText.slice(sentence.start, sentence.end);
}

/** Porter stems of a text's content words. */
export function stemsOf(text: string): Set<string> {
  return new Set(contentWords(text).map(stem));
}
