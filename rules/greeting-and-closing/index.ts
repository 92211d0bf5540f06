/**
 * greeting-and-closing: greet the customer by name, close warmly, never close
 * the door. Flags form greetings ("Dear customer", "To whom it may concern"),
 * door-closing lines ("Do not contact us again about this"), and, on a draft
 * shaped like an email, a missing greeting or sign-off.
 */
import type { Draft } from '../../src/document/draft.js';
import { GREETING } from '../../src/document/email-patterns.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { fitsContext, type ContextualEntry } from '../../src/kinds/context.js';
import { findEntries, reportHit } from '../../src/kinds/phrase.js';
import data from './phrases.json' with { type: 'json' };

export interface GreetingAndClosingOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["impersonal-greeting"]`. */
  allow: string[];
  /** Report an email-shaped draft with no greeting (off for snippets inserted mid-reply). */
  requireGreeting: boolean;
  /** Report an email-shaped draft with no sign-off. */
  requireSignOff: boolean;
}

const entries = data.entries as ContextualEntry[];

export default defineRule<GreetingAndClosingOptions>({
  meta: {
    id: 'greeting-and-closing',
    dimension: 'courtesy',
    description: 'Greet the customer by name, close warmly, and never close the door.',
    defaultSeverity: 'warning',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/greeting-and-closing/README.md',
  },
  defaultOptions: { allow: [], requireGreeting: true, requireSignOff: true },
  check(context) {
    const { draft, options } = context;
    const allowed = new Set(options.allow);
    const active = entries.filter((entry) => !allowed.has(entry.id));
    for (const hit of findEntries(draft, active, (h) => fitsContext(draft, h))) reportHit(context, hit);
    checkFrame(context);
  },
});

function checkFrame(context: RuleContext<GreetingAndClosingOptions>): void {
  const { draft, options } = context;
  const has = (kind: string) => draft.regions.some((r) => r.kind === kind && draft.text.slice(r.start, r.end).trim() !== '');
  const body = draft.sentences.filter((s) => s.region === 'body');
  if (body.length === 0 || !isEmailShaped(draft, has)) return;
  if (options.requireGreeting && !has('greeting') && !greetsAfterHeader(draft)) {
    const first = body[0]!;
    context.report({ start: first.start, end: first.end, ...data.missingGreeting });
  }
  if (options.requireSignOff && !has('closing') && !signsOffNearEnd(draft)) {
    const last = body.at(-1)!;
    context.report({ start: last.start, end: last.end, ...data.missingSignOff });
  }
}

/**
 * Two signs of a letter among a greeting, a sign-off, a signature, quoted
 * text and two paragraphs of body. One alone is a chat line or a forum post
 * ("Hi, could you have a look at this?"), which needs no sign-off.
 */
function isEmailShaped(draft: Draft, has: (kind: string) => boolean): boolean {
  const signs = [
    has('greeting') || greetsAfterHeader(draft),
    has('closing'),
    has('signature'),
    has('quoted'),
    draft.paragraphs.filter((p) => p.region === 'body').length >= 2,
  ];
  return signs.filter(Boolean).length >= 2;
}

/** A name alone on its line as the salutation: "Mark,", "Ms Lee,". */
const NAME_LINE = /^\s*[A-Z][A-Za-z\u00C0-\u024F'.-]*(?:\s+[A-Z][A-Za-z\u00C0-\u024F'.-]*){0,2}\s*,\s*$/;

/** A sign-off the document model can miss: "Take care, Dr. Lee" (a full stop in the name). */
const SIGN_OFF_START =
  /^\s*(?:with\s+(?:\w+\s+)?)?(?:best|kind|warm|warmest|regards|thanks|thank you|many thanks|cheers|sincerely|take care|yours|respectfully|all the best|speak soon|talk soon)\b[^\n]{0,60}$/i;
/** A name alone on a line: the writer signing without a sign-off word ("Henry", "Alex Martinez"). */
const NAME_ONLY = /^\s*[A-Z][A-Za-z\u00C0-\u024F'.-]*(?:\s+[A-Z][A-Za-z\u00C0-\u024F'.-]*){0,2}\s*$/;

/** One of the last three lines of the reply opens with a sign-off or is the writer's name. */
function signsOffNearEnd(draft: Draft): boolean {
  const body = draft.paragraphs.filter((p) => p.region !== 'quoted' && p.region !== 'signature');
  const end = body.at(-1)?.end ?? draft.text.length;
  const lines = draft.lintText.slice(0, end).split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.slice(-3).some((line) => SIGN_OFF_START.test(line) || NAME_ONLY.test(line));
}

/** A "Subject:" line pasted above the reply. */
const SUBJECT_LINE = /^\s*(?:subject|re|fwd?)\s*:/i;

/** A greeting on the first line, or on the line after a pasted "Subject:" line; or a name alone ("Mark,"). */
function greetsAfterHeader(draft: Draft): boolean {
  const lines = draft.lintText.split(/\r?\n/, 8).filter((line) => line.trim() !== '');
  const first = lines[0] !== undefined && SUBJECT_LINE.test(lines[0]) ? lines[1] : lines[0];
  return first !== undefined && (GREETING.test(first) || NAME_LINE.test(first));
}
