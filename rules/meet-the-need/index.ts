/**
 * meet-the-need: what each feeling in the customer's message asks of the
 * reply, beyond acknowledging it. Anger or frustration: someone owns the fix.
 * Confusion: numbered steps and plain words. Anxiety: reassurance and a time
 * frame. Gratitude: thanks in return. A missing move is one finding with a
 * sentence to add; each feeds its own scorecard dimension.
 */
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { commitsWithin } from '../../src/kinds/draft-cues.js';
import { testPatterns } from '../../src/kinds/pattern.js';
import { quoteCues } from '../../src/nlp/emotion/describe.js';
import { readCustomer, type CustomerEmotion, type EmotionReading } from '../../src/nlp/emotion/index.js';
import { bodySentences, lintTextOf } from '../../src/nlp/emotion/reply.js';
import type { Dimension, Sentence } from '../../src/types.js';
import data from './phrases.json' with { type: 'json' };
import { hardestParagraph, instructionSteps, numberedList } from './steps.js';

export type Move = 'ownership' | 'steps' | 'readingGrade' | 'reassurance' | 'timeFrame' | 'thanks';

export interface MeetTheNeedOptions {
  /** Moves to leave out, e.g. `["timeFrame"]`. */
  skip: Move[];
  /** Reading grade a reply to a confused customer should stay at or under. */
  maxGrade: number;
  /** Instructions in prose from this many steps on should be a numbered list. */
  minSteps: number;
}

interface MoveData {
  emotions: string[];
  minStrength: number;
  dimension: string;
  message: string;
  why: string;
  suggestions?: string[];
}

const adjectives = data.adjectives as Record<CustomerEmotion, string>;

export default defineRule<MeetTheNeedOptions>({
  meta: {
    id: 'meet-the-need',
    dimension: 'empathy',
    description: 'Give each feeling the reply it needs: ownership, numbered steps, reassurance with a time frame, thanks.',
    defaultSeverity: 'warning',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/meet-the-need/README.md',
  },
  defaultOptions: { skip: [], maxGrade: data.readingGrade.maxGrade, minSteps: data.steps.minSteps },
  check(context) {
    const { draft, options } = context;
    if (!draft.customerText.trim()) return;
    const emotions = readCustomer(draft.customerText).emotions;
    if (emotions.length === 0) return;
    const body = bodySentences(draft);
    if (body.length === 0) return;
    const skip = new Set(options.skip);
    const calls = (move: Move) => (skip.has(move) ? [] : calledFor(emotions, data[move]));
    const replyHas = (patterns: readonly string[]) => body.some((s) => testPatterns(lintTextOf(draft, s), patterns));

    const angry = calls('ownership');
    if (angry.length > 0 && !replyHas(data.ownership.owners)) report(context, body[0]!, body[0]!, data.ownership, angry);

    const confused = calls('steps');
    if (confused.length > 0) checkSteps(context, body, confused);
    const confusedReading = calls('readingGrade');
    if (confusedReading.length > 0) checkGrade(context, confusedReading);

    const worried = calls('reassurance');
    if (worried.length > 0 && !replyHas(data.reassurance.phrases)) report(context, body[0]!, body[0]!, data.reassurance, worried);
    const waiting = calls('timeFrame');
    if (waiting.length > 0 && !body.some((s) => commitsWithin(draft, s, 'time-frame'))) {
      const last = body.at(-1)!;
      report(context, last, last, data.timeFrame, waiting);
    }

    const grateful = calls('thanks');
    const upset = emotions.some((e) => e.emotion !== 'gratitude' && e.strength >= 2);
    if (grateful.length > 0 && !upset && !draft.sentences.some((s) => testPatterns(lintTextOf(draft, s), data.thanks.phrases))) {
      report(context, body[0]!, body[0]!, data.thanks, grateful);
    }
  },
});

/** The customer's feelings that call for a move, strongest first. */
function calledFor(emotions: readonly EmotionReading[], move: MoveData): EmotionReading[] {
  return emotions.filter((e) => move.emotions.includes(e.emotion) && e.strength >= move.minStrength);
}

function checkSteps(context: RuleContext<MeetTheNeedOptions>, body: readonly Sentence[], confused: readonly EmotionReading[]): void {
  const { draft, options } = context;
  const found = instructionSteps(draft, body, data.steps);
  if (found.steps.length < options.minSteps) return;
  const first = found.sentences[0]!;
  const last = found.sentences.at(-1)!;
  report(context, first, last, data.steps, confused, { count: found.steps.length }, [numberedList(found.steps)]);
}

function checkGrade(context: RuleContext<MeetTheNeedOptions>, confused: readonly EmotionReading[]): void {
  const { draft, options } = context;
  const hardest = hardestParagraph(draft, data.readingGrade.minWords);
  if (!hardest || hardest.grade <= options.maxGrade) return;
  const values = { grade: hardest.grade.toFixed(1), max: options.maxGrade };
  report(context, hardest.sentences[0]!, hardest.sentences.at(-1)!, data.readingGrade, confused, values);
}

function report(
  context: RuleContext<MeetTheNeedOptions>,
  from: Sentence,
  to: Sentence,
  move: MoveData,
  feelings: readonly EmotionReading[],
  values: Record<string, string | number> = {},
  suggestions: string[] = move.suggestions ?? [],
): void {
  const fill: Record<string, string | number> = {
    feeling: adjectives[feelings[0]!.emotion],
    cues: quoteCues(feelings),
    ...values,
  };
  context.report({
    start: from.start,
    end: to.end,
    message: move.message.replace(/\{(\w+)\}/g, (_, key: string) => String(fill[key] ?? '')),
    why: move.why,
    suggestions,
    dimension: move.dimension as Dimension,
  });
}
