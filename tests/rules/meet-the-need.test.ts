import { describe, expect, it } from 'vitest';
import rule from '../../rules/meet-the-need/index.js';
import { lint, RuleTester } from '../helpers/rule-tester.js';

const angry = 'I am furious. You charged me twice and nobody has replied to my emails!';
const confused = "I'm confused. I can't figure out how to add a second user to my account.";
const worried = "I'm really worried. Is my data safe after the outage? I have a deadline tomorrow.";
const grateful = 'Thank you so much for fixing my account yesterday, you are a lifesaver!';

const prose = 'Open Settings and choose Users. Then click Invite, type their email and press Send.';

new RuleTester().run(rule, {
  valid: [
    'Your refund was issued today.',
    { text: 'Your refund was issued today.', context: 'When will my refund arrive?' },
    { name: 'someone owns the fix', text: "I'm sorry. I've refunded the second charge today.", context: angry },
    { name: 'we counts as an owner', text: "We've refunded the second charge and added a note to your account.", context: angry },
    {
      name: 'steps already numbered',
      text: 'Here is how:\n\n1. Open Settings and choose Users.\n2. Click Invite.\n3. Type their email and press Send.',
      context: confused,
    },
    { name: 'two steps need no list', text: 'Open Settings, then click Users.', context: confused },
    {
      name: 'reassurance and a time frame',
      text: "Your data is safe: nothing was lost in the outage. Everything will be back to normal within 2 hours.",
      context: worried,
    },
    { name: 'thanks returned', text: "You're very welcome, and I'm glad it's working again.", context: grateful },
    {
      name: 'a polite sign-off is no reason to thank back',
      text: 'Your invoice is attached.',
      context: 'Could you send me the March invoice? Thanks in advance.',
    },
    {
      name: 'gratitude from an upset customer is not the need of the moment',
      text: "I'm sorry. I've refunded the second charge today.",
      context: `${angry} Thanks a lot for your help.`,
    },
    { name: 'a move can be skipped', text: 'The second charge will be refunded.', context: angry, options: { skip: ['ownership'] } },
  ],
  invalid: [
    {
      name: 'anger: nobody owns the fix',
      text: 'Hi Sam,\n\nThe second charge will be refunded within 5 days.\n\nRegards',
      context: angry,
      errors: [
        {
          text: 'The second charge will be refunded within 5 days.',
          message: 'The customer is angry ("furious", "charged me twice", "nobody has replied"), and no one in the reply owns the fix.',
          suggestion: "This is on us, and I'm putting it right: I've …",
        },
      ],
    },
    {
      name: 'confusion: prose steps become a numbered list',
      text: prose,
      context: confused,
      errors: [
        {
          text: prose,
          message: 'The customer is confused ("confused", "can\'t figure out"); these 5 steps are easier to follow as a numbered list.',
          suggestion: '1. Open Settings.\n2. Choose Users.\n3. Click Invite.\n4. Type their email.\n5. Press Send.',
        },
      ],
    },
    {
      name: 'confusion: a hard paragraph',
      text:
        'Administrative privileges are configurable through the organisational permissions interface, where delegated authorisation ' +
        'hierarchies determine which collaborators can provision additional accounts.',
      context: confused,
      errors: [{ message: /reads at grade \d+(\.\d)?: aim for grade 8 or below/ }],
    },
    {
      name: 'anxiety: no reassurance and no time frame',
      text: 'Hi Kim,\n\nThe outage affected some accounts. Our engineers are investigating.\n\nBest,\nJo',
      context: worried,
      errors: [
        { text: 'The outage affected some accounts.', message: /is worried \("worried".*never reassures them/ },
        { text: 'Our engineers are investigating.', message: /gives no time frame/, suggestion: "You'll have it by Thursday at the latest." },
      ],
    },
    {
      name: 'gratitude: no thanks in return',
      text: 'Your account is active.',
      context: grateful,
      errors: [{ message: 'The customer thanked you ("Thank you so much", "lifesaver"); the reply doesn\'t thank them back.' }],
    },
  ],
});

describe('meet-the-need dimensions', () => {
  it('files each missing move under the dimension it weakens', () => {
    const found = lint(rule, { text: 'The outage affected some accounts.', context: worried });
    expect(found.map((d) => d.dimension)).toEqual(['trust', 'trust']);
    expect(lint(rule, { text: 'The charge will be refunded.', context: angry })[0]?.dimension).toBe('ownership');
    expect(lint(rule, { text: prose, context: confused })[0]?.dimension).toBe('clarity');
    expect(lint(rule, { text: 'Your account is active.', context: grateful })[0]?.dimension).toBe('courtesy');
  });
});
