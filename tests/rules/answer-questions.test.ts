import { describe, expect, it } from 'vitest';
import rule from '../../rules/answer-questions/index.js';
import { answerStart } from '../../rules/answer-questions/statement.js';
import { findQuestions } from '../../src/nlp/emotion/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

const two = 'Hi! Can I change my delivery address? And when will the refund arrive?';

new RuleTester().run(rule, {
  valid: [
    'Your order ships today.',
    {
      name: 'a step to take answers a question that asks for a way, in other words than the question',
      text: 'Hi Lee,\n\nIt ships switched off, so you need to turn it on in Settings.\n\nBest,\nAna',
      context: 'Is there a way to use the barcode scanner with my account?',
    },
    {
      name: 'an instruction answers a "how do I"',
      text: 'Hi Lee,\n\nOpen Settings, then Devices, and switch it on.\n\nBest,\nAna',
      context: 'How do I connect the scanner?',
    },
    { text: 'Your order ships today.', context: 'My order has not shipped yet.' },
    {
      name: 'a time frame answers a question that names a time, in other words than the question',
      text: "Hi Maya,\n\nIt's due on Thursday, so it will be there in time.\n\nBest,\nLeo",
      context: 'Will it get here by Friday?',
    },
    {
      name: 'every question answered',
      text: 'Hi Lee,\n\nI have updated the delivery address to the one you sent. The refund will arrive by Friday.\n\nBest,\nAna',
      context: two,
    },
    {
      name: 'a "when" question answered with a time frame',
      text: 'It will be with you within 3 business days.',
      context: 'When will my replacement get here?',
    },
    {
      name: 'a "how much" question answered with a price',
      text: 'It is $12 a month, billed yearly.',
      context: 'How much would it be to upgrade?',
    },
    { name: 'rhetorical questions need no answer', text: 'I have refunded the order in full.', context: 'Seriously? Are you kidding me?' },
    {
      name: 'a word of the question in another form counts',
      text: 'Shipping to Canada takes a week.',
      context: 'Do you ship to Canada?',
    },
  ],
  invalid: [
    {
      name: 'a question that names a time is not answered without one',
      text: "Hi Maya,\n\nIt's on its way, and here is the tracking link.\n\nBest,\nLeo",
      context: 'Will it get here by Friday?',
      errors: [{ message: /Will it get here by Friday/ }],
    },
    {
      name: 'a step to take does not answer a "why"',
      text: 'Hi Lee,\n\nOpen Settings and switch it on.\n\nBest,\nAna',
      context: 'Why did the scanner stop working after the update?',
      errors: [{ text: 'Open Settings and switch it on.', message: /Why did the scanner stop working/ }],
    },
    {
      name: 'one question skipped of two',
      text: 'Hi Lee,\n\nThe refund will arrive by Friday.\n\nBest,\nAna',
      context: two,
      errors: [
        {
          text: 'The refund will arrive by Friday.',
          line: 3,
          message: 'The customer asked "Can I change my delivery address?", and the reply doesn\'t answer it.',
          suggestion: 'Yes, you can change your delivery address: …',
        },
      ],
    },
    {
      name: 'both skipped: one finding per question, on the last body sentence',
      text: 'Thanks for getting in touch.\n\nWe are looking at your account.',
      context: two,
      errors: [
        { text: 'We are looking at your account.', message: /delivery address/ },
        { text: 'We are looking at your account.', message: /when will the refund arrive/, suggestion: 'The refund will arrive by …' },
      ],
    },
    {
      name: 'a request for information without a question mark',
      text: 'Thanks, I have passed this on to the team.',
      context: 'Please let me know when the replacement ships.',
      errors: [{ message: /when the replacement ships/ }],
    },
    {
      name: 'the quoted customer message is the context',
      text: 'Hi,\n\nThanks for your patience.\n\n> How do I export my contacts?',
      errors: [{ text: 'Thanks for your patience.', suggestion: 'To export your contacts, …' }],
    },
  ],
});

describe('answerStart', () => {
  const start = (text: string) => answerStart(findQuestions(text)[0]!);

  it('turns a question into the start of its answer', () => {
    expect(start('Can I change my delivery address?')).toBe('Yes, you can change your delivery address: …');
    expect(start('Do you ship to Canada?')).toBe('Yes, we ship to Canada: …');
    expect(start('When will my refund arrive?')).toBe('Your refund will arrive by …');
    expect(start('Where is my parcel?')).toBe('Your parcel is …');
    expect(start('How do I reset my password?')).toBe('To reset your password, …');
    expect(start('Why was I charged twice?')).toBe('You were charged twice because …');
  });

  it('quotes the question when the grammar is beyond it', () => {
    expect(start('What happened to my order?')).toBe('About your question "What happened to my order?": …');
  });
});
