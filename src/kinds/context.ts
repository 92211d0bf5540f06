/**
 * Context checks that keep phrase rules precise: is the phrase inside an
 * acknowledgement, negated, part of a condition, or the start of an
 * instruction? All of them read `draft.lintText` within the hit's sentence.
 */
import { lowerWords } from '../document/chars.js';
import type { Draft } from '../document/draft.js';
import type { Span } from '../types.js';
import { acknowledgementsOf, commitsWithin, cuesWithin } from './draft-cues.js';
import { matchPatterns } from './pattern.js';
import type { EntryHit, PhraseHit, PhraseListEntry } from './phrase.js';

/** Soft line wraps are not clause breaks: sentences already end at list items and blank lines. */
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/g;
const CONTRAST = /\b(?:but|however|although|though|that said|even so)\b/i;
/** Where a refusal turns to what we can do: a contrast ("…, but here's what I can do"), "instead", or a semicolon. */
const TURN = new RegExp(`${CONTRAST.source}|\\binstead\\b|;`, 'i');
/**
 * A sentence that opens with the way forward after a refusal: "Here's what I can do: …",
 * "Instead, …", or an offer put as a choice: "If you'd like, I can …".
 */
const TURN_OPENING = /^\s*(?:but|however|instead|what (?:I|we) can do|here(?:['’]s| is) what (?:I|we)|if you(?:['’]d| would) like|if you (?:want|prefer))\b/i;
/** "…, so I've moved your orders": what we did about it, after a "so" (an action by us only). */
const SO = /\bso\b/i;
/** "…, so here is a fresh link": handing it over is what we did about it. */
const HANDED_OVER = /^so\s+here(?:['’]s|\s+is|\s+are)\b/i;
/** The other way put as a request for what we need: "could you send a street address instead?" */
const REQUEST_INSTEAD = /\b(?:could|can|would) you\b[^.!?]*\binstead\b/i;
/** An offer made in so many words: "I can offer", "we could send", "what I can do is". */
const OFFER = /\b(?:I|we)\s+(?:can|could)\s+(?!not\b|n['’]t\b|only\b)[a-z]|\bwhat (?:I|we) can do\b/i;
const CONDITION = /\b(?:if|unless|in case|whether|when|whenever|once|in the event that)\b/i;
const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'hardly']);
/** Words a negation reaches across: "not entirely your fault", "isn't really a problem". */
const NEGATION_SCOPE = new Set(['entirely', 'at', 'all', 'really', 'completely', 'in', 'any', 'way', 'totally', 'necessarily', 'exactly', 'your', 'a', 'the', 'be', 'been', 'by', 'means']);
/** Words that may open an instruction before the verb: "Please just click", "Then simply restart". */
const LEAD_INS = new Set(['please', 'just', 'then', 'now', 'and', 'so', 'first', 'next', 'ok', 'okay', 'also', 'after', 'that', 'from', 'there', 'here']);
/** "you can just click", "I need you to calm down": the reader as the one doing the step. */
const READER_MODAL = /\byou(?:['’](?:ll|d)|\s+(?:can|could|may|might|will|would|should|must|need to|will need to|would need to|only need to|have to|then|to))?\s*$/i;
/** "Could you just send…" is a request, not an instruction. */
const REQUEST = /^\s*(?:could|can|would|will|do|did)\s+you\s*$/i;
/** A statement about what will happen. */
const FUTURE = /\b(?:will|shall|should|going to|expect)\b|['’]ll\b/i;
/** Words that put the hit on our side: "our delivery fell short", "my poor planning". */
const OUR_SIDE = new Set(['our', 'my', 'we', 'i', "we've", "we're", "i've", "i'm", 'us', 'ours', 'mine']);
/** We or I as the one acting: "Obviously we want this fixed". */
const FIRST_PERSON_SUBJECT = /\b(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll))\b/i;

/** The hit's sentence before the hit. */
export function textBefore(draft: Draft, hit: PhraseHit): string {
  return draft.lintText.slice(hit.sentence.start, hit.start);
}

/** The hit's sentence after the hit. */
export function textAfter(draft: Draft, hit: PhraseHit): string {
  return draft.lintText.slice(hit.end, hit.sentence.end);
}

/** The text from the start of the hit's clause (after the last comma, colon, dash…) to the hit. */
export function clauseBefore(draft: Draft, hit: PhraseHit): string {
  const before = textBefore(draft, hit);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut);
}


/**
 * The hit sits in a condition or a hypothetical ("If you entered the wrong
 * code…", "in case you forgot"): it describes a possibility, not a charge.
 */
export function isConditional(draft: Draft, hit: PhraseHit): boolean {
  return CONDITION.test(clauseBefore(draft, hit));
}

/** A negation governs the hit: "it's not your fault", "this isn't really a problem". */
export function isNegated(draft: Draft, hit: PhraseHit): boolean {
  const words = lowerWords(clauseBefore(draft, hit));
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    const word = words[i]!;
    if (NEGATORS.has(word) || word.endsWith("n't")) return true;
    if (!NEGATION_SCOPE.has(word)) return false;
  }
  return false;
}

/**
 * The sentence acknowledges the reader's feelings and the hit belongs to that
 * acknowledgement: "I'm sorry about the problem with your order". A contrast
 * word between them ("I understand, but…") undoes it.
 */
export function isAcknowledged(draft: Draft, hit: PhraseHit): boolean {
  const { start, end } = hit.sentence;
  const text = draft.lintText;
  return cuesWithin(acknowledgementsOf(draft), { start, end }).some((ack) => {
    if (ack.end <= hit.start) return !CONTRAST.test(text.slice(ack.end, hit.start));
    if (ack.start >= hit.end) return !CONTRAST.test(text.slice(hit.end, ack.start));
    return true;
  });
}

/** The sentence holds an acknowledgement anywhere. */
export function sentenceAcknowledges(draft: Draft, sentenceIndex: number): boolean {
  const sentence = draft.sentences[sentenceIndex];
  return sentence !== undefined && cuesWithin(acknowledgementsOf(draft), sentence).length > 0;
}

/**
 * The hit opens its clause, ignoring lead-in words like "please", "then" or
 * "now": "Just click Save", "To fix it, simply restart". This is where an
 * imperative addressed to the reader starts.
 */
export function opensClause(draft: Draft, hit: PhraseHit, leadIns: ReadonlySet<string>): boolean {
  return lowerWords(clauseBefore(draft, hit)).every((word) => leadIns.has(word));
}

/**
 * The refusal comes with what we can do, after a turn in its own sentence
 * ("I can't refund this order, but here's what I can do: …", "…, but I can
 * send a new one") or in the sentence after ("I can't refund it. Instead,
 * I've added a credit"), as what we did about it ("…, so I've moved your
 * orders to the newer account"), or as a request for what would let us go ahead
 * ("…, so could you send a street address instead?"): the customer gets a
 * path, the heart of the positive reframe. An acknowledgement may stand
 * between the two ("I know that's not the answer you hoped for. What I can
 * do is …"), as the guidance on delivering bad news recommends.
 */
export function offersAlternative(draft: Draft, hit: PhraseHit): boolean {
  const offers = (span: Span) => OFFER.test(draft.lintText.slice(span.start, span.end)) || commitsWithin(draft, span);
  const after = textAfter(draft, hit);
  const turn = TURN.exec(after);
  if (turn && offers({ start: hit.end + turn.index, end: hit.sentence.end })) return true;
  const so = SO.exec(after);
  if (so && (HANDED_OVER.test(after.slice(so.index)) || commitsWithin(draft, { start: hit.end + so.index, end: hit.sentence.end }, 'action'))) return true;
  if (REQUEST_INSTEAD.test(after)) return true;
  let index = hit.sentenceIndex + 1;
  if (sentenceAcknowledges(draft, index)) index++;
  const next = draft.sentences[index];
  if (next === undefined) return false;
  const nextText = draft.lintText.slice(next.start, next.end);
  return (TURN_OPENING.test(nextText) && offers(next)) || REQUEST_INSTEAD.test(nextText);
}

/** Contexts in which a phrase-list hit is fine. */
export type ContextException = 'acknowledgement' | 'condition' | 'negation' | 'self-reference' | 'ours' | 'time-frame';

/** Where a hit must stand to count. */
export type Placement = 'instruction' | 'standalone' | 'promise';

/** A phrase-list entry that says in which contexts it does not apply. */
export interface ContextualEntry extends PhraseListEntry {
  id: string;
  unless?: ContextException[];
  only?: Placement;
  /** Patterns of which the hit's sentence must hold one as well, outside the hit: "your" for a verdict on the reader. */
  with?: string[];
}

/** True when the hit is wrong in its context: no exception applies and it stands where it must. */
export function fitsContext(draft: Draft, hit: EntryHit<ContextualEntry>): boolean {
  const { unless = [], only } = hit.entry;
  if (unless.includes('condition') && isConditional(draft, hit)) return false;
  if (unless.includes('negation') && isNegated(draft, hit)) return false;
  if (unless.includes('self-reference') && isAboutUs(draft, hit)) return false;
  if (unless.includes('ours') && isOurs(draft, hit)) return false;
  if (unless.includes('time-frame') && hasTimeFrame(draft, hit)) return false;
  if (unless.includes('acknowledgement') && isAcknowledged(draft, hit)) return false;
  if (only === 'instruction' && !isInstruction(draft, hit)) return false;
  if (only === 'standalone' && !isStandalone(draft, hit)) return false;
  if (only === 'promise' && !isPromise(draft, hit)) return false;
  if (hit.entry.with && !sentenceHolds(draft, hit, hit.entry.with)) return false;
  return true;
}

/** The hit's sentence holds one of the patterns somewhere outside the hit. */
export function sentenceHolds(draft: Draft, hit: PhraseHit, patterns: readonly string[]): boolean {
  const { start } = hit.sentence;
  return matchPatterns(draft.lintText.slice(start, hit.sentence.end), patterns).some(
    (m) => m.end + start <= hit.start || m.start + start >= hit.end,
  );
}

/** An instruction to the reader: the clause opens with the hit, or "you can…" leads to it. */
export function isInstruction(draft: Draft, hit: PhraseHit): boolean {
  const before = clauseBefore(draft, hit);
  if (opensClause(draft, hit, LEAD_INS)) return true;
  return READER_MODAL.test(before) && !REQUEST.test(before);
}

/** The hit's sentence names a concrete time: "by Friday", "within 24 hours", "today". */
export function hasTimeFrame(draft: Draft, hit: PhraseHit): boolean {
  return commitsWithin(draft, hit.sentence, 'time-frame');
}

/** The hit's sentence says what will happen: "We'll be in touch soon", "It should arrive shortly". */
export function isPromise(draft: Draft, hit: PhraseHit): boolean {
  return FUTURE.test(draft.lintText.slice(hit.sentence.start, hit.sentence.end));
}

/** The hit is a reply on its own: "No problem!", "Not a problem, happy to help." */
export function isStandalone(draft: Draft, hit: PhraseHit): boolean {
  return clauseBefore(draft, hit).trim() === '' && /^\s*(?:[.!,;:—–-]|$)/.test(textAfter(draft, hit));
}

/**
 * Our side is the subject, within the three words before the hit: "our
 * service fell short", "we fell short", "my reply didn't meet". An observer
 * further back ("I noticed the report falls short") does not make it ours.
 */
export function isOurs(draft: Draft, hit: PhraseHit): boolean {
  return lowerWords(clauseBefore(draft, hit)).slice(-3).some((word) => OUR_SIDE.has(word));
}

/** The clause has us as its subject: "Obviously we want this fixed", "We obviously missed it". */
export function isAboutUs(draft: Draft, hit: PhraseHit): boolean {
  const before = clauseBefore(draft, hit);
  const after = textAfter(draft, hit);
  let cut = after.length;
  for (const m of after.matchAll(CLAUSE_BREAK)) {
    if (m.index > 0 && after.slice(0, m.index).trim() !== '') {
      cut = m.index;
      break;
    }
  }
  return FIRST_PERSON_SUBJECT.test(`${before} ${after.slice(0, cut)}`);
}
