/**
 * The emotional-intelligence scorecard of one draft: 0–100 on each dimension
 * (empathy, positivity, ownership, clarity, trust, composure, courtesy) and
 * overall. Each dimension starts from a base read from the reply's own words
 * and loses a share of it for each finding that feeds it; overall is their
 * weighted mean. The numbers live in scorecard.json; docs/scorecard.md
 * explains them.
 */
import type { Draft } from '../document/draft.js';
import { acknowledgementsOf, commitmentsOf } from '../kinds/draft-cues.js';
import { findAcknowledgements } from '../nlp/acknowledgement.js';
import { scoreClarity } from '../nlp/clarity.js';
import { findCommitments, type Commitment } from '../nlp/commitment.js';
import { scoreCourtesy } from '../nlp/courtesy.js';
import { scoreNegativity } from '../nlp/negativity.js';
import { DIMENSIONS, type Diagnostic, type Dimension, type Span } from '../types.js';
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
  return scoreFrom(signalsOf(replySentences(draft), draftCues(draft)), diagnostics);
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

/** Where a reply's sentences acknowledge the reader and commit to something. */
interface ReplyCues {
  /** How many acknowledgements (apologies, validations) the reply holds. */
  acknowledgements: number;
  /** The sentences (by index) that hold one. */
  acknowledging: ReadonlySet<number>;
  action: boolean;
  timeFrame: boolean;
}

/**
 * The signals of a reply, given as its sentences (no quoted text, no
 * signature). Positivity is read without the sentences that acknowledge the
 * customer's feelings: "I'm sorry this has been so frustrating" is empathy,
 * not negative framing.
 */
export function replySignals(sentences: readonly string[]): Signals {
  return signalsOf(sentences, textCues(sentences));
}

function signalsOf(sentences: readonly string[], cues: ReplyCues): Signals {
  const text = sentences.join('\n');
  const agitation = (text.match(AGITATION)?.length ?? 0) + (text.match(SHOUTED)?.length ?? 0);
  const framing = cues.acknowledging.size === 0 ? text : withoutSentences(sentences, cues.acknowledging);
  const action = cues.action ? 1 : 0;
  return {
    acknowledgement: cues.acknowledgements === 0 ? 0 : Math.min(1, 0.25 + cues.acknowledgements / 2),
    positivity: 1 - scoreNegativity(framing),
    action,
    clarity: scoreClarity(text),
    commitment: (action + (cues.timeFrame ? 1 : 0)) / 2,
    calm: Math.max(0, 1 - agitation / 4),
    courtesy: scoreCourtesy(text),
  };
}

/**
 * The sentences but those numbered in `left`, one to a line. Joined in a loop: a filter, then
 * a join, met an empty list's other array shape now and then, and threw away the optimised code.
 */
function withoutSentences(sentences: readonly string[], left: ReadonlySet<number>): string {
  let text = '';
  let first = true;
  for (let i = 0; i < sentences.length; i++) {
    if (left.has(i)) continue;
    text += first ? sentences[i] : `\n${sentences[i]}`;
    first = false;
  }
  return text;
}

/**
 * The cues of sentences read as one text. The apologies and validations are
 * those the rules read (findAcknowledgements): the wider kinds of
 * detectAcknowledgement would double the scorecard's cost for little change.
 */
function textCues(sentences: readonly string[]): ReplyCues {
  const spans: Span[] = [];
  let start = 0;
  for (const sentence of sentences) {
    spans.push({ start, end: start + sentence.length });
    start += sentence.length + 1;
  }
  const text = sentences.join('\n');
  return cuesIn(spans, findAcknowledgements(text), findCommitments(text));
}

/** The cues of a draft's linted sentences, from the searches its rules share (./draft-cues.ts). */
function draftCues(draft: Draft): ReplyCues {
  return cuesIn(draft.sentences, acknowledgementsOf(draft), commitmentsOf(draft));
}

/** The indexes of the sentences (in text order, apart) that a span overlaps. */
function sentencesOverlapping(sentences: readonly Span[], span: Span): number[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const held: number[] = [];
  for (let i = lo; i < sentences.length && sentences[i]!.start < span.end; i++) held.push(i);
  return held;
}

function cuesIn(sentences: readonly Span[], acknowledgements: readonly Span[], commitments: readonly Commitment[]): ReplyCues {
  const acknowledging = new Set<number>();
  let count = 0;
  for (const ack of acknowledgements) {
    const held = sentencesOverlapping(sentences, ack);
    if (held.length > 0) count++;
    for (const i of held) acknowledging.add(i);
  }
  const kept = commitments.filter((c) => sentencesOverlapping(sentences, c).length > 0);
  return {
    acknowledgements: count,
    acknowledging,
    action: kept.some((c) => c.kind === 'action'),
    timeFrame: kept.some((c) => c.kind === 'time-frame'),
  };
}

/** The linted sentences, placeholders masked: what the reply says in its own words. */
function replySentences(draft: Draft): string[] {
  return draft.sentences.map((s) => draft.lintText.slice(s.start, s.end));
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
