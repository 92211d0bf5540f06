/**
 * The emotional-intelligence scorecard of one draft: 0–100 on each dimension
 * (empathy, positivity, ownership, clarity, trust, composure, courtesy) and
 * overall. Each dimension starts from a base read from the reply's own words
 * and loses a share of it for each finding that feeds it; overall is their
 * weighted mean. The numbers live in scorecard.json; docs/scorecard.md
 * explains them.
 */
import type { Draft } from '../document/draft.js';
import { findAcknowledgements } from '../nlp/acknowledgement.js';
import { scoreClarity } from '../nlp/clarity.js';
import { findCommitments } from '../nlp/commitment.js';
import { scoreCourtesy } from '../nlp/courtesy.js';
import { scoreNegativity } from '../nlp/negativity.js';
import { DIMENSIONS, type Diagnostic, type Dimension } from '../types.js';
import data from './scorecard.json' with { type: 'json' };

export { DIMENSIONS };

export interface Scorecard {
  /** 0–100: the weighted mean of the dimensions. */
  overall: number;
  /** 0–100 per dimension. */
  dimensions: Record<Dimension, number>;
}

/** What the reply's words say before any finding is counted, each 0 (worst) to 1 (best). */
export type Signals = Record<'acknowledgement' | 'positivity' | 'action' | 'clarity' | 'commitment' | 'calm' | 'courtesy', number>;

type SignalName = keyof Signals;
interface Base {
  signal: SignalName;
  from: number;
  span: number;
}

const bases = data.bases as unknown as Record<Dimension, Base>;
const weights = data.weights as unknown as Record<Dimension, number>;
const keeps = data.findingKeeps;

/** "!!", "?!" and words in capitals read as a raised voice. */
const AGITATION = /!{2,}|\?+!|!\?+/g;
const SHOUTED = /(?<![A-Za-z])(?:[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+|[A-Z]{6,})(?![A-Za-z])/g;

/** The scorecard of a checked draft, from its findings and the reply's words. */
export function computeScorecard(draft: Draft, diagnostics: readonly Diagnostic[]): Scorecard {
  return scoreFrom(replySignals(replySentences(draft)), diagnostics);
}

/** The scorecard from signals already measured; the formula of docs/scorecard.md. */
export function scoreFrom(signals: Signals, diagnostics: readonly Diagnostic[]): Scorecard {
  const dimensions = {} as Record<Dimension, number>;
  let overall = 0;
  for (const dimension of DIMENSIONS) {
    const base = bases[dimension];
    let score = base.from + base.span * clamp01(signals[base.signal]);
    for (const d of diagnostics) if (d.dimension === dimension) score *= keeps[d.severity];
    dimensions[dimension] = Math.round(score);
    overall += weights[dimension] * score;
  }
  return { overall: Math.round(overall), dimensions };
}

/**
 * The signals of a reply, given as its sentences (no quoted text, no
 * signature). Positivity is read without the sentences that acknowledge the
 * customer's feelings: "I'm sorry this has been so frustrating" is empathy,
 * not negative framing.
 */
export function replySignals(sentences: readonly string[]): Signals {
  const text = sentences.join('\n');
  const commitments = findCommitments(text);
  const has = (kind: string) => (commitments.some((c) => c.kind === kind) ? 1 : 0);
  const agitation = (text.match(AGITATION)?.length ?? 0) + (text.match(SHOUTED)?.length ?? 0);
  // The apologies and validations the rules read too (findAcknowledgements): the wider kinds of
  // detectAcknowledgement would double the scorecard's cost on a cold start for little change.
  const acknowledgements = findAcknowledgements(text);
  const framing = acknowledgements.length === 0 ? text : withoutCues(sentences, acknowledgements).join('\n');
  return {
    acknowledgement: acknowledgements.length === 0 ? 0 : Math.min(1, 0.25 + acknowledgements.length / 2),
    positivity: 1 - scoreNegativity(framing),
    action: has('action'),
    clarity: scoreClarity(text),
    commitment: (has('action') + has('time-frame')) / 2,
    calm: Math.max(0, 1 - agitation / 4),
    courtesy: scoreCourtesy(text),
  };
}

/** The sentences (joined by one line break each) that hold none of the spans. */
function withoutCues(sentences: readonly string[], cues: readonly { start: number; end: number }[]): string[] {
  const kept: string[] = [];
  let start = 0;
  for (const sentence of sentences) {
    const end = start + sentence.length;
    if (!cues.some((c) => c.start < end && start < c.end)) kept.push(sentence);
    start = end + 1;
  }
  return kept;
}

/** The linted sentences, placeholders masked: what the reply says in its own words. */
function replySentences(draft: Draft): string[] {
  return draft.sentences.map((s) => draft.lintText.slice(s.start, s.end));
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
