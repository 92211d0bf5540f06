import rule from '../../rules/greeting-and-closing/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    'Hi Sam,\n\nYour refund went out today.\n\nBest regards,\nAna',
    'Hello {{ticket.requester.first_name}},\n\nYour refund went out today.\n\nThanks,\n{{agent.name}}',
    'Dear [Customer Name],\n\nYour refund went out today.\n\nKind regards,\nAna',
    'Dear Ms Lee,\n\nYour refund went out today.\n\nSincerely,\nAna',
    { name: 'a one-line chat reply needs neither', text: 'Your refund went out today!' },
    { name: 'one paragraph with a greeting is a chat line', text: 'Hi Sam, your refund went out today.' },
    'Subject: Your refund\n\nSam,\n\nYour refund went out today.\n\nBest,\nAna',
    'If you have questions, do not hesitate to contact us again.',
    { text: 'Your refund went out today.\n\nIt shows on your card within 3 days.', options: { requireGreeting: false, requireSignOff: false } },
    { text: 'Dear customer,\n\nThanks.\n\nBest,\nAna', options: { allow: ['impersonal-greeting'] } },
    "Hi Sam,\n\nWe can close your account for you if you'd like.\n\nBest,\nAna",
    'Hi Sam,\n\nYou can reply to this email at any time.\n\nBest,\nAna',
    "Hi Sam,\n\nI'm done here with the refund; it's on its way to your card now.\n\nBest,\nAna",
  ],
  invalid: [
    {
      text: 'Dear customer,\n\nYour refund went out today.\n\nRegards,\nBilling',
      errors: [{ text: 'Dear customer', line: 1, column: 1, message: /anyone/ }],
    },
    {
      text: 'To whom it may concern,\n\nYour refund went out today.\n\nRegards,\nAna',
      errors: [{ text: 'To whom it may concern' }],
    },
    {
      text: 'Hi Sam,\n\nPlease do not contact us again about this.\n\nBest,\nAna',
      errors: [{ text: 'Please do not contact us again', message: /shuts the door/ }],
    },
    {
      text: 'Hi Sam,\n\nWe have reviewed your case and this decision is final.\n\nBest,\nAna',
      errors: [{ text: 'this decision is final' }],
    },
    {
      text: 'Hi Sam,\n\nYour case has been escalated. Do not reply to this email.\n\nBest,\nAna',
      errors: [{ text: 'Do not reply to this email', message: /shuts the door/ }],
    },
    {
      text: 'Hi Sam,\n\nWe have refunded the order. Please stop emailing us about this issue.\n\nBest,\nAna',
      errors: [{ text: 'Please stop emailing us', message: /shuts the door/ }],
    },
    {
      text: "Hi Sam,\n\nIt's been resolved, so there's no reason to keep emailing.\n\nBest,\nAna",
      errors: [{ text: 'no reason to keep emailing', message: /shuts the door/ }],
    },
    { text: 'Hi Sam,\n\nThis is our final offer. Take it or leave it.\n\nBest,\nAna', errors: [{ text: 'Take it or leave it', message: /shuts the door/ }] },
    { text: "Hi Sam,\n\nWe've refunded the fee. We're done here.\n\nBest,\nAna", errors: [{ text: "We're done here.", message: /shuts the door/ }] },
    {
      name: 'a threat is one even inside a condition',
      text: 'Hi Sam,\n\nIf you keep emailing us about this, we will have to close your account.\n\nBest,\nAna',
      errors: [{ text: 'we will have to close your account', message: /threat/ }],
    },
    {
      text: 'Hi Sam,\n\nFurther emails about this matter may result in your account being suspended.\n\nBest,\nAna',
      errors: [{ text: 'Further emails about this matter may result in' }],
    },
    {
      name: 'no greeting',
      text: 'Your refund went out today.\n\nIt shows on your card within 3 days.\n\nBest,\nAna',
      errors: [{ text: 'Your refund went out today.', line: 1, message: /without a greeting/ }],
    },
    {
      name: 'no sign-off',
      text: 'Hi Sam,\n\nYour refund went out today.\n\nIt shows on your card within 3 days.',
      errors: [{ text: 'It shows on your card within 3 days.', line: 5, message: /without a sign-off/ }],
    },
  ],
});
