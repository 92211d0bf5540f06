/**
 * acme/no-kindly: "Kindly" in a request ("Kindly send us the receipt")
 * reads as stiff and impatient to many customers. A team rule, written
 * exactly like the built-in ones: `meta` says what it is, `check` reads the
 * draft and reports spans.
 */
import { defineRule } from 'tonecheck';

/** Words before "kindly" that make it a thank-you, not an order ("thank you kindly"). */
const THANKS = new Set(['thank', 'thanks', 'you']);

export default defineRule({
  meta: {
    id: 'acme/no-kindly',
    dimension: 'courtesy',
    description: 'Ask with "please" instead of "kindly", which reads as stiff in a request.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  defaultOptions: {},
  check(context) {
    const { words } = context.draft;
    words.forEach((word, i) => {
      if (word.normal !== 'kindly' || word.opaque) return;
      const previous = words[i - 1];
      if (previous && previous.sentence === word.sentence && THANKS.has(previous.normal)) return;
      const please = word.text[0] === 'K' ? 'Please' : 'please';
      context.report({
        start: word.start,
        end: word.end,
        message: '"Kindly" in a request reads as stiff and impatient.',
        why: 'A plain, warm request gets a friendlier reply than a formal one.',
        suggestions: [please, word.text[0] === 'K' ? 'Could you' : 'could you'],
        fix: { start: word.start, end: word.end, text: please },
      });
    });
  },
});
