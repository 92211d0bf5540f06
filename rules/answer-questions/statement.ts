/**
 * Turns the customer's question into the start of an answer, so a missing
 * answer comes with a sentence to finish: "Can I change my address?" →
 * "Yes, you can change your address: …"; "When will my refund arrive?" →
 * "Your refund will arrive by …". Pronouns swap sides (my → your, you → we);
 * anything the simple grammar here cannot turn falls back to a lead-in that
 * quotes the question.
 */
import type { CustomerQuestion, QuestionKind } from '../../src/nlp/emotion/index.js';
import data from './phrases.json' with { type: 'json' };

const AUXILIARIES = new Set(data.auxiliaries);
const SUBJECTS = new Set(data.subjects);
const SWAP = data.swap as Record<string, string>;
const TEMPLATES = data.templates as Record<string, string>;
const OPENERS = /^(?:(?:so|and|but|also|ok|okay|hi|hello|hey|then|well|oh|plus|lastly|finally|one more thing)[,:]?\s+)+/i;
const WH = /^(?:when|where|why|how(?: much| many| long| soon)?|what|which|who)\s+/i;

export function answerStart(question: CustomerQuestion): string {
  const fallback = TEMPLATES.fallback!.replace('{question}', question.text);
  const words = question.text
    .replace(OPENERS, '')
    .replace(/[?.!]+$/, '')
    .replace(WH, '')
    .split(/\s+/)
    .filter(Boolean);
  if (question.kind === 'how') return howTo(words) ?? fallback;
  const template = TEMPLATES[question.kind];
  const statement = template ? toStatement(words, question.kind) : undefined;
  if (!template || !statement) return fallback;
  return template.replace('{statement}', statement).replace('{Statement}', capitalise(statement));
}

/** "can I change my address" → "you can change your address"; undefined when the words do not fit. */
function toStatement(words: readonly string[], kind: QuestionKind): string | undefined {
  const [aux, ...rest] = words;
  if (!aux || !AUXILIARIES.has(aux.toLowerCase()) || rest.length === 0) return undefined;
  const swapped = rest.map(swap);
  const verb = aux.toLowerCase();
  if (SUBJECTS.has(rest[0]!.toLowerCase())) {
    const subject = swapped[0]!;
    if (verb === 'do' || verb === 'does' || verb === 'did') return [subject, ...swapped.slice(1)].join(' ');
    return [subject, agree(subject, verb), ...swapped.slice(1)].join(' ');
  }
  // "Where is my parcel" → "your parcel is …": the subject is all there is.
  if (verb === 'is' || verb === 'are' || verb === 'was' || verb === 'were') {
    return kind === 'where' || kind === 'how-much' ? [...swapped, verb].join(' ') : undefined;
  }
  if (verb === 'do' || verb === 'does' || verb === 'did' || swapped.length < 2) return undefined;
  return [...swapped.slice(0, -1), verb, swapped.at(-1)!].join(' ');
}

/** "do I reset my password" → "To reset your password, …". */
function howTo(words: readonly string[]): string | undefined {
  const [aux, subject, ...rest] = words;
  if (!aux || !subject || rest.length === 0) return undefined;
  if (!['do', 'can', 'should', 'would', 'could'].includes(aux.toLowerCase())) return undefined;
  if (!['i', 'we'].includes(subject.toLowerCase())) return undefined;
  return TEMPLATES.how!.replace('{rest}', rest.map(swap).join(' '));
}

function swap(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const swapped = SWAP[lower];
  if (swapped === undefined) return word === 'I' ? 'you' : word;
  return swapped;
}

/** "you am" never happens: the verb follows the swapped subject. */
function agree(subject: string, verb: string): string {
  if (subject === 'you' || subject === 'we') return verb === 'is' || verb === 'am' ? 'are' : verb === 'was' ? 'were' : verb;
  return verb;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
