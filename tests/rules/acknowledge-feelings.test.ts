import rule from '../../rules/acknowledge-feelings/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

const angry = 'This is the third time I have written about my order and I am furious!';
const worried = "I'm really worried. My payment went through twice and I can't afford that this month.";
const sad = 'The necklace was a gift for my late mother and I am heartbroken it arrived broken.';
const lost = "I'm completely lost and so confused by the new dashboard.";

new RuleTester().run(rule, {
  valid: [
    'Your refund was issued today.',
    { text: 'Your refund was issued today.', context: 'Hi, could you tell me when my refund will arrive? Thanks!' },
    { text: 'Your refund was issued today.', context: "I'm a bit confused about the refund." },
    {
      name: 'an acknowledgement first, in words that fit',
      text: "Hi Dana,\n\nI'm so sorry you've had to write three times; that's on us. Your replacement ships today.\n\nBest,\nSam",
      context: angry,
    },
    {
      name: 'a validation counts as an acknowledgement',
      text: 'That sounds really stressful. Your second payment has been refunded and will be back on your card by Friday.',
      context: worried,
    },
    {
      name: 'an acknowledgement in the first paragraph, after a greeting line',
      text: 'Hi Priya,\n\nThanks for writing. I can hear how upsetting this is, and I am sorry.\n\nA new necklace ships tomorrow.',
      context: sad,
    },
    {
      name: 'confusion needs an acknowledgement only when it is strong',
      text: 'Open Settings, then choose Billing.',
      context: 'Where do I find billing? Not sure where it moved.',
    },
    { name: 'the option turns the stock check off', text: 'We apologize for the inconvenience. Your order ships today.', context: angry, options: { stock: false } },
    {
      name: 'placeholders and quoted text are no acknowledgement but do not confuse the rule',
      text: "Hi {{first_name}},\n\nI'm sorry about the wait. Your order ships today.\n\n> This is the third time I have asked and I am furious!",
    },
  ],
  invalid: [
    {
      name: 'no acknowledgement at all names the customer\'s words',
      text: 'Hi Dana,\n\nYour replacement ships today.\n\nBest,\nSam',
      context: angry,
      errors: [
        {
          text: 'Your replacement ships today.',
          line: 3,
          column: 1,
          message: 'The customer sounds angry ("furious", "This is the third time"), but the reply never acknowledges it.',
          suggestion: "I'm sorry you've had to chase us about this; you shouldn't have had to.",
        },
      ],
    },
    {
      name: 'the customer message quoted in the draft is the context',
      text: 'Hi Dana,\n\nThe replacement ships tomorrow.\n\nBest,\nSam\n\n> I am furious. This is the third time I have asked!',
      errors: [{ text: 'The replacement ships tomorrow.', line: 3, message: /angry \("furious"/ }],
    },
    {
      name: 'a feeling word of the customer goes into the suggestion',
      text: 'Your payment is being checked.',
      context: worried,
      errors: [{ message: /sounds worried \("worried"/, suggestion: "I understand why you're worried, and I want to put your mind at ease." }],
    },
    {
      name: 'sadness',
      text: 'A replacement necklace ships tomorrow.',
      context: sad,
      errors: [{ message: /sounds upset \("heartbroken"/, suggestion: "I'm sorry it arrived damaged; that's not what you paid for." }],
    },
    {
      name: 'strong confusion',
      text: 'The dashboard moved to the left panel.',
      context: lost,
      errors: [{ message: /sounds confused/, suggestion: "I'm sorry this has been confusing; let me make it clearer." }],
    },
    {
      name: 'an acknowledgement only after the answer',
      text: "Hi Dana,\n\nYour replacement ships today.\n\nIt will reach you by Friday.\n\nI'm sorry about all of this.",
      context: angry,
      errors: [{ text: "I'm sorry about all of this.", line: 7, message: /acknowledge it before the answer/ }],
    },
    {
      name: 'a stock line is not an acknowledgement of this customer',
      text: 'We apologize for the inconvenience. Your order ships today.',
      context: angry,
      errors: [{ text: 'We apologize for the inconvenience.', message: /is a stock line; the customer wrote "furious"/ }],
    },
    {
      name: 'a non-apology does not acknowledge anything',
      text: "I'm sorry you feel that way. The replacement ships tomorrow.",
      context: angry,
      errors: [{ text: "I'm sorry you feel that way.", message: /never acknowledges/ }],
    },
  ],
});
