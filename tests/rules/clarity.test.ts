import { describe, expect, it } from 'vitest';
import rule from '../../rules/clarity/index.js';
import { ConfigError } from '../../src/config/types.js';
import { lint } from '../helpers/rule-tester.js';
import { RuleTester } from '../helpers/rule-tester.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => ['we', 'will', 'send', 'the', 'new', 'card'][i % 6]).join(' ');
const longSentence = `Our team ${words(32)} today.`;
const hardParagraph =
  'Our organisation prioritises comprehensive investigation of intermittent synchronisation irregularities. ' +
  'Consequently, administrative configuration modifications necessitate additional verification procedures. ' +
  'Subsequently, authorisation documentation regarding international transactions requires individual consideration.';
const wall = Array.from({ length: 25 }, () => 'We sent the card. It is on the way.').join(' ');

new RuleTester().run(rule, {
  valid: [
    { name: 'the greeting names whom the reply is for, not jargon', text: 'Hi Dev team,\n\nThe crash is fixed in 5.2.1, out on Thursday.\n\nCheers,\nPriya' },
    'Your refund is on its way. It should arrive by Friday.',
    'Thanks for your assistance with the additional details.',
    'So far, everything looks good on our side.',
    'I know that that works for most teams.',
    'Your order was shipped yesterday.',
    "I'll keep an eye on it and get to the bottom of this. Have a nice day!",
    "It is ready, and it was easy to set up.",
    {
      name: 'a long list item is not a long sentence',
      text: `Here are the steps:\n\n- ${longSentence}\n- Sign in again.`,
    },
    { text: 'You mentioned the SLA, so here it is: we reply within four hours.', context: 'What does your SLA promise?' },
    'See https://example.com/backend/rca-hotfix for the details.',
    'Write to rma@example.com and we will help.',
    'Hi {{first}} {{first}},\n\nThanks for writing in.',
    { name: 'a short reply is not graded', text: 'Consequently, administrative configuration modifications necessitate verification.' },
    { text: 'The SLA covers this.', options: { allowJargon: ['sla'] } },
    { text: longSentence, options: { maxSentenceWords: 0 } },
    { text: 'Thanks for your patience!\n\n> So there is a backend RMA issue in order to the the fix.' },
    // An announcement of what follows is not a form-letter opener.
    "I'd like to let you know about our new plan.",
    'Please be advised of the changes below.',
    'We would like to inform you about the new login page.',
  ],
  invalid: [
    { text: 'So we looked into it.', errors: [{ text: 'So', message: /adds no meaning/ }] },
    { text: 'There is a new setting for this.', errors: [{ text: 'There is', message: /delays the point/ }] },
    { text: 'Please fix the the typo.', errors: [{ text: 'the', message: /repeated/, column: 16, suggestion: 'Please fix the typo.' }], output: 'Please fix the typo.' },
    { text: 'We did this in order to help you.', errors: [{ text: 'in order to', suggestion: 'We did this to help you.' }], output: 'We did this to help you.' },
    { text: 'In order to reset it, open Settings.', errors: [{ text: 'In order to' }], output: 'To reset it, open Settings.' },
    { text: 'We will reply prior to Friday.', errors: [{ text: 'prior to', suggestion: 'before' }] },
    {
      text: 'Please be advised that your plan renews on 5 May.',
      errors: [{ text: 'Please be advised that', message: /form letter/, suggestion: 'Your plan renews on 5 May.' }],
      output: 'Your plan renews on 5 May.',
    },
    { text: 'Hi Jo, kindly note that the office is closed on Monday.', errors: [{ text: 'kindly note that' }], output: 'Hi Jo, the office is closed on Monday.' },
    { text: 'We would like to inform you that your refund has been sent.', errors: [{ text: 'We would like to inform you that' }], output: 'Your refund has been sent.' },
    { text: 'Please be advised, the portal is down tonight.', errors: [{ text: 'Please be advised,' }], output: 'The portal is down tonight.' },
    {
      name: 'a placeholder after the phrase keeps its case: reported, with no fix',
      text: 'Please be advised that {{ticket.id}} is closed.',
      errors: [{ text: 'Please be advised that' }],
    },
    { text: 'Our support is second to none.', options: { checks: { cliches: true } }, errors: [{ text: 'second to none', message: /cliché/ }] },
    { text: 'Better late than never, right?', options: { checks: { cliches: true } }, errors: [{ text: 'Better late than never' }] },
    { text: "I've escalated this to tier 2 support.", errors: [{ text: 'tier 2 support', message: /jargon/, suggestion: 'our specialist team' }] },
    { name: 'jargon after the greeting is still jargon', text: 'Hi Sam,\n\nThe dev team is on it.\n\nBest,\nAna', errors: [{ text: 'dev team', message: /jargon/ }] },
    { text: 'Please send us the RMA number.', errors: [{ text: 'RMA number' }] },
    { text: 'The backend team found the root cause.', errors: [{ text: 'backend' }, { text: 'root cause' }] },
    { text: 'We shipped a hotfix this morning.', errors: [{ text: 'hotfix' }] },
    { text: longSentence, errors: [{ text: longSentence, message: /35 words.*30 or fewer/ }] },
    { text: hardParagraph, errors: [{ text: hardParagraph, message: /reads at grade \d+\.\d; aim for grade 10/ }] },
    { text: wall, errors: [{ text: wall, message: /225 words/ }] },
    { text: 'Your order was shipped yesterday.', options: { checks: { passive: true } }, errors: [{ text: 'was shipped', message: /passive/ }] },
    { text: 'Our widget sync is paused.', options: { jargon: ['widget sync'] }, errors: [{ text: 'widget sync' }] },
    {
      name: 'CRLF and emoji before the span keep positions exact',
      text: 'Hi Sam 👋,\r\n\r\nThe fix is in prod now.',
      errors: [{ text: 'in prod', line: 3, column: 12, endColumn: 19 }],
    },
  ],
});

describe('clarity options', () => {
  it('reports a broken jargon pattern as a config error naming the key', () => {
    try {
      lint(rule, { text: 'Hello.', options: { jargon: ['ok', '(broken'] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).key).toBe('rules.clarity.jargon[1]');
    }
  });
});
