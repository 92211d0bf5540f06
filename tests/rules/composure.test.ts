import rule from '../../rules/composure/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    'Thanks so much!! Your order is on its way.',
    'Your RMA number is in the PDF; see the FAQ for the SKU list.',
    'Your invoice INV-2231 is attached.',
    'Set up GDPR consent under Settings, then export the CSV.',
    'The NASDAQ listing moved to the NAFTA page.',
    "I'm sorry — there's nothing more we can add to the order, but I can send a second one.",
    'Hi %FIRSTNAME%,\n\nYour order is ready.',
    'Could you check the serial number? It is on the back.',
    'What more can I do to help?',
    { text: 'ACME ROCKETS ship worldwide.', options: { acronyms: ['ACME', 'ROCKETS'] } },
    { text: 'Please do NOT restart the router.', options: { allow: ['shouting'] } },
    { name: 'quoted customer text is never checked', text: 'Thanks, on it.\n\n> I WANT MY MONEY BACK NOW!!!' },
  ],
  invalid: [
    { text: 'Please do NOT restart the router.', errors: [{ text: 'NOT', message: /shouting/, suggestion: 'not' }] },
    { text: 'You MUST reply within 24 hours.', errors: [{ text: 'MUST' }] },
    { text: 'NEVER share your password.', errors: [{ text: 'NEVER', suggestion: 'Never' }] },
    { text: 'We CANNOT PROCESS RETURNS after 30 days.', errors: [{ text: 'CANNOT PROCESS RETURNS' }] },
    { text: 'Your order has shipped!!!', errors: [{ text: '!!!', message: /stacks punctuation/ }] },
    { text: 'Did you even check the spam folder?!', errors: [{ text: '?!' }] },
    { text: "I'm just doing my job.", errors: [{ text: "I'm just doing my job", message: /defensive/ }] },
    { text: "That's not my department.", errors: [{ text: "That's not my department" }] },
    { text: "There's nothing I can do about it.", errors: [{ text: "There's nothing I can do about it" }] },
    { text: "Honestly, I don't know what else you want me to say.", errors: [{ text: "I don't know what else you want", message: /defensive/ }] },
    { text: 'What more do you want from us?', errors: [{ text: 'What more do you want from us' }] },
    { text: 'Good luck with that.', errors: [{ text: 'Good luck with that', message: /sarcasm/ }] },
    {
      name: 'an emoji before the span keeps columns exact',
      text: 'Thanks 🙂 please read this AGAIN.',
      errors: [{ text: 'AGAIN', line: 1, column: 28 }],
    },
  ],
});
