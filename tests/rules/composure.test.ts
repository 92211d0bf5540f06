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
    { name: 'a label opening a line is not shouting', text: 'Hi Sam,\n\nIMPORTANT: your card will be charged on Friday.\n- PLEASE NOTE: the link expires in a day.' },
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
    { name: 'what follows a label is still checked', text: 'IMPORTANT: do NOT share the code.', errors: [{ text: 'NOT' }] },
    { name: 'capitals before a colon mid-line are not a label', text: 'This part is IMPORTANT: read it first.', errors: [{ text: 'IMPORTANT' }] },
    { name: 'a long shouted run before a colon is not a label', text: 'READ THIS NOW: the offer ends today.', errors: [{ text: 'READ THIS NOW' }] },
    {
      name: 'an emoji before the span keeps columns exact',
      text: 'Thanks 🙂 please read this AGAIN.',
      errors: [{ text: 'AGAIN', line: 1, column: 28 }],
    },
  ],
});
