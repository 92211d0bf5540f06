import rule from '../../rules/next-steps/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

const problem = "My order never arrived and I've been waiting two weeks.";

new RuleTester().run(rule, {
  valid: [
    "I'll email you by Thursday at 5 p.m. with the courier's answer.",
    {
      name: 'a step for the reader inside a sentence is a next step',
      text: 'Hi Sam,\n\nThe scanner ships switched off, so you need to turn it on from Settings.\n\nBest,\nAna',
      context: 'The barcode scanner is not working with my account.',
    },
    "We'll look into it and reply by Friday.",
    'Your refund will reach your card within 3–5 business days.',
    "I'm checking with the warehouse now and will update you today.",
    "Reply with a screenshot and I'll look at it straight away.",
    'It should arrive soon, and no later than Monday.',
    'Talk soon!',
    'I hope you feel better soon.',
    'As soon as the parcel is scanned, the tracking link goes live.',
    "I can't guarantee the courier's timing, but I've asked them to call you first.",
    'If it happens again, reply here and I will replace it.',
    { text: 'We will get back to you.', options: { allow: ['vague-promise'] } },
    {
      name: 'a reply to a problem with an action',
      text: "Hi Sam,\n\nI've sent a replacement by express, and you'll have it tomorrow.\n\nBest,\nAna",
      context: problem,
    },
    {
      name: 'a reply to a problem that asks for what it needs',
      text: 'Hi Sam,\n\nCould you send me the order number from your receipt?\n\nBest,\nAna',
      context: problem,
    },
    { name: 'no customer message, no missing-step check', text: 'Hi Sam,\n\nThanks for the update.\n\nBest,\nAna' },
    'I eventually found the cause: a setting on your router, which I have changed.',
    "We'll see you at the Friday workshop, where the team will set up your account.",
    'Your complaint has been noted, and our delivery manager will call you tomorrow morning.',
    'Your feedback has been noted and shared with our product team, who review it every Monday.',
    { text: 'Hi Sam,\n\nThanks for the update.\n\nBest,\nAna', context: 'Thanks, all sorted now!' },
    { text: 'Hi Sam,\n\nThanks for the update.\n\nBest,\nAna', context: problem, options: { requireStep: false } },
  ],
  invalid: [
    { name: 'one finding per sentence', text: "We'll get back to you ASAP.", errors: [{ text: 'ASAP', suggestion: /Thursday/ }] },
    { text: "We'll get back to you.", errors: [{ text: "We'll get back to you", message: /without a time frame/ }] },
    { text: 'The billing team will review it when they can.', errors: [{ text: 'when they can', message: /doesn't tell the customer when/ }] },
    { text: 'They will get back to you.', errors: [{ text: 'They will get back to you' }] },
    { text: 'Your refund will be processed as soon as possible.', errors: [{ text: 'as soon as possible', message: /when/ }] },
    { text: 'It will ship soon.', errors: [{ text: 'soon' }] },
    { text: 'Hi Sam,\n\nWe\'ll see.\n\nBest,\nAna', errors: [{ text: "We'll see", message: /commits to nothing/ }] },
    { text: 'We will get to your ticket when we get to it.', errors: [{ text: 'when we get to it' }] },
    { text: "We'll fix it eventually.", errors: [{ text: 'eventually', message: /doesn't tell the customer when/ }] },
    { text: 'Your complaint has been noted.', errors: [{ text: 'Your complaint has been noted', message: /nothing will happen next/ }] },
    { text: 'The team will be in touch shortly.', errors: [{ text: 'shortly' }] },
    { text: "We're looking into it.", errors: [{ text: "We're looking into it", message: /time frame/ }] },
    { text: 'Someone will contact you.', errors: [{ text: 'Someone will contact you' }] },
    { text: 'This will never happen again.', errors: [{ text: 'This will never happen again', message: /more than anyone can keep/ }] },
    { text: "It won't happen again, I promise.", errors: [{ text: "It won't happen again" }] },
    { text: 'I guarantee your parcel arrives tomorrow.', errors: [{ text: 'I guarantee your' }] },
    {
      name: 'a reply to a problem with no next step',
      text: 'Hi Sam,\n\nThanks for your patience. Deliveries are slow this month.\n\nBest,\nAna',
      context: problem,
      errors: [{ text: 'Thanks for your patience.', line: 3, message: /no next step/ }],
    },
    {
      name: 'the quoted customer message is the context',
      text: 'Hi Sam,\n\nDeliveries are slow this month.\n\nBest,\nAna\n\n> The blender I bought is broken.',
      errors: [{ text: 'Deliveries are slow this month.', line: 3 }],
    },
  ],
});
