import rule from '../../rules/apology-quality/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    "I'm sorry your package is late. I've upgraded it to express, so it arrives tomorrow.",
    "I'm so sorry about the mix-up with your invoice. I've corrected it and attached the new one.",
    'Sorry for the wait!',
    "I'm sorry to hear the charger stopped working. Could you send me the order number?",
    "We apologize for the delay with your refund. You'll see it on your card within 3 business days.",
    "I can't apologise enough for this. Reply with your new address and I'll reship the order today.",
    "Thanks for your patience. Your order left our warehouse this morning.",
    {
      name: 'two apologies are fine',
      text: "I'm sorry about the delay. Sorry, too, for the confusing email. I've sent the right tracking link.",
    },
    {
      name: 'two apologies in one sentence are two',
      text: "We apologise for the delay with your refund, and I'm sorry it took three emails. It reaches your card by Friday.",
    },
    "I'm sorry if you were charged twice; I've refunded the second payment.",
    { text: 'We apologize for any inconvenience.', options: { allow: ['stock-apology'] } },
    { text: "Sorry for the trouble. It was a busy week.", options: { requireAction: false } },
    {
      name: 'quoted customer text is never flagged',
      text: "Thanks for writing in. I've refunded the order.\n\n> Sorry if this caused any inconvenience, but I need help!",
    },
  ],
  invalid: [
    { text: "I'm sorry you feel that way.", errors: [{ text: 'sorry you feel that way', message: /reaction/ }] },
    { text: "We're sorry if you were offended by the email.", errors: [{ text: 'sorry if you were offended' }] },
    {
      text: 'We apologize for any inconvenience this may have caused.',
      errors: [{ text: 'We apologize for any inconvenience', message: /stock apology/, suggestion: /I'm sorry/ }],
    },
    {
      text: 'Sorry for any inconvenience caused. The refund is on its way and arrives by Friday.',
      errors: [{ text: 'Sorry for any inconvenience caused' }],
    },
    {
      text: "I'm sorry if this caused trouble. The new version ships on Monday.",
      errors: [{ text: 'sorry if this caused', message: /doubts/ }],
    },
    { text: 'We regret to inform you that the item is out of stock.', errors: [{ text: 'We regret to inform you' }] },
    {
      name: 'a third apology',
      text: "I'm so sorry about this. I apologise for the wait. Sorry again! I've refunded the shipping cost.",
      errors: [{ text: 'Sorry again', message: /apology number 3/ }],
    },
    {
      name: 'a bare "Sorry" counts as an apology',
      text: "Sorry, sorry, so sorry about this! We've refunded the shipping cost.",
      errors: [{ text: 'sorry about', message: /apology number 3/ }],
    },
    {
      name: 'apologies are counted one by one, not sentence by sentence',
      text: "I'm sorry, I'm so sorry, I really apologize for this. I've refunded the shipping cost.",
      errors: [{ text: 'I really apologize', message: /apology number 3/ }],
    },
    { text: 'We apologize if you were confused by our policy.', errors: [{ text: 'apologize if you were confused', message: /reaction/ }] },
    {
      name: 'an apology with nothing done about it',
      text: "Hi Sam,\n\nI'm really sorry about the damaged parcel. These things happen with couriers sometimes.\n\nBest,\nAna",
      errors: [{ text: "I'm really sorry", line: 3, message: /never says what is being done/ }],
    },
    {
      name: 'CRLF keeps positions exact',
      text: 'Hi Sam,\r\n\r\nThanks for the photos. Sorry for any inconvenience.\r\nYour replacement ships today.',
      errors: [{ text: 'Sorry for any inconvenience', line: 3, column: 24 }],
    },
  ],
});
