/**
 * answer-questions: active listening. Each question in the customer's
 * message gets an answer: a reply that never uses a question's content words
 * (compared by stem), nor gives the time frame a "when" (or a question naming
 * a time, "will it arrive by Friday?") or the price a "how much" asks for,
 * nor a step to take for a "how do I" or "is there a way", leaves it
 * unanswered. One finding per question, on the reply's last body sentence,
 * with a sentence to start the answer from.
 */
import { defineRule } from '../../src/engine/rule.js';
import { testPatterns } from '../../src/kinds/pattern.js';
import { findCommitments, findTimeFrames } from '../../src/nlp/commitment.js';
import { readCustomer, type CustomerQuestion } from '../../src/nlp/emotion/index.js';
import { bodySentences, lintTextOf, stemsOf } from '../../src/nlp/emotion/reply.js';
import data from './phrases.json' with { type: 'json' };
import { answerStart } from './statement.js';

export interface AnswerQuestionsOptions {
  /** Check at most this many questions of one message; a long list of questions is better answered by a call. */
  maxQuestions: number;
}

const PRICE = /[$€£¥]\s?\d|\d\s?(?:[$€£¥]|dollars?|euros?|pounds?|usd|eur|gbp)\b/i;
const PRICE_WORDS = [data.price];
const MONEY_STEMS = new Set(data.moneyStems);
const STEP_QUESTIONS = [data.stepQuestions];

export default defineRule<AnswerQuestionsOptions>({
  meta: {
    id: 'answer-questions',
    dimension: 'trust',
    description: "Answer every question the customer asked.",
    defaultSeverity: 'warning',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/answer-questions/README.md',
  },
  defaultOptions: { maxQuestions: 8 },
  check(context) {
    const { draft, options } = context;
    if (!draft.customerText.trim()) return;
    const questions = readCustomer(draft.customerText).questions.slice(0, options.maxQuestions);
    if (questions.length === 0) return;
    const body = bodySentences(draft);
    if (body.length === 0) return;
    const reply = draft.sentences.map((s) => lintTextOf(draft, s)).join('\n');
    const stems = stemsOf(reply);
    const anchor = body.at(-1)!;
    for (const question of questions) {
      if (isAnswered(question, reply, stems)) continue;
      context.report({
        start: anchor.start,
        end: anchor.end,
        message: data.message.replace('{question}', question.text),
        why: data.why,
        suggestions: [answerStart(question)],
      });
    }
  },
});

function isAnswered(question: CustomerQuestion, reply: string, stems: ReadonlySet<string>): boolean {
  if (question.stems.some((s) => stems.has(s))) return true;
  // "When will it ship?" and "Will it arrive by Friday?" ask about timing: a time frame in the reply speaks to them.
  const aboutTime = question.kind === 'when' || findTimeFrames(question.text).length > 0;
  if (aboutTime && findTimeFrames(reply).length > 0) return true;
  if (question.kind === 'when') return false;
  // "Is there a way to use the scanner?" is answered by "Turn it on in Settings", in whatever words.
  if ((question.kind === 'how' || testPatterns(question.text, STEP_QUESTIONS)) && findCommitments(reply).some((c) => c.kind === 'reader-step')) return true;
  // "How much is it?", "What am I paying for?": an amount in the reply speaks to it.
  const aboutMoney = question.kind === 'how-much' || question.stems.some((s) => MONEY_STEMS.has(s));
  return aboutMoney && (PRICE.test(reply) || testPatterns(reply, PRICE_WORDS));
}
