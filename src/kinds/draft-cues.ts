/**
 * Cues that several rules and the scorecard read from one draft: its
 * acknowledgements (apologies, validation) and its commitments (actions,
 * steps for the reader, time frames). Each kind is searched for once per
 * draft, over its whole linted text, and read sentence by sentence from
 * there: searching sentence by sentence again for every rule that asks costs
 * more than the rest of those rules together.
 */
import type { Draft } from '../document/draft.js';
import { findAcknowledgements, type Acknowledgement } from '../nlp/acknowledgement.js';
import { findCommitments, type Commitment } from '../nlp/commitment.js';
import type { Span } from '../types.js';

const acknowledgementsByDraft = new WeakMap<Draft, readonly Acknowledgement[]>();
const commitmentsByDraft = new WeakMap<Draft, readonly Commitment[]>();

/** Every acknowledgement in the draft's linted text, as offsets into the draft, in order. */
export function acknowledgementsOf(draft: Draft): readonly Acknowledgement[] {
  let found = acknowledgementsByDraft.get(draft);
  if (!found) acknowledgementsByDraft.set(draft, (found = findAcknowledgements(draft.lintText)));
  return found;
}

/** Every commitment in the draft's linted text, as offsets into the draft, in order. */
export function commitmentsOf(draft: Draft): readonly Commitment[] {
  let found = commitmentsByDraft.get(draft);
  if (!found) commitmentsByDraft.set(draft, (found = findCommitments(draft.lintText)));
  return found;
}

/** The cue lies wholly within the span. */
const within = (cue: Span, span: Span) => cue.start >= span.start && cue.end <= span.end;

/** The cues that lie wholly within a span of the draft. */
export function cuesWithin<T extends Span>(cues: readonly T[], span: Span): T[] {
  return cues.filter((cue) => within(cue, span));
}

/** The span moves things forward: it asks a question or commits to something. */
export function movesForward(draft: Draft, span: Span): boolean {
  return draft.lintText.slice(span.start, span.end).trimEnd().endsWith('?') || commitsWithin(draft, span);
}

/** Whether the span holds a commitment, of the given kind if one is named. */
export function commitsWithin(draft: Draft, span: Span, kind?: Commitment['kind']): boolean {
  return commitmentsOf(draft).some((c) => within(c, span) && (kind === undefined || c.kind === kind));
}
