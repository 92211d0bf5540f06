import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/kinds/pattern.js';
import data from '../../rules/blame-free/phrases.json' with { type: 'json' };
import rule from '../../rules/blame-free/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    "I'm sorry you didn't receive the confirmation email.",
    'You didn’t receive the code because our mail server was slow; I’ve sent a new one.',
    "It looks like you haven't received the code yet, so I've sent a new one.",
    "If you didn't get the email, check your spam folder.",
    'If you entered the wrong address, you can edit it until the order ships.',
    'In case you forgot your password, here is the reset link.',
    "It's not your fault — the link expired too early.",
    "This isn't your mistake at all; the form was broken.",
    'You should have received an email from us this morning.',
    'You should check your spam folder for the code.',
    'Your error message helps a lot, thank you.',
    'We made a mistake on our side, and I have fixed it.',
    'You claimed your reward on Monday, so it shows as used.',
    "I'm sorry you missed the webinar; here's the recording.",
    'It looks like the file didn’t come through — could you attach it again?',
    'To continue, you need to read and accept the new terms.',
    'Thanks for the details!\n\n> You failed to ship my order and you should have read my note.',
    'Hi [Customer Name],\n\nThanks for your patience.',
    { text: 'Per my last email, the update is live.', options: { allow: ['as-stated'] } },
    // Verdicts and problem reports about our own side own the problem.
    'Our last reply was unacceptable, and I have passed this on to the team.',
    "We've identified an issue with our payment system and fixed it this morning.",
    'I noticed a minor issue with the form, so I corrected it for you.',
    // A problem with the customer's order or account is their situation, not their work.
    'It seems there is an issue with your order, so I have sent a replacement.',
    'We noticed a problem with your payment and refunded it today.',
    "I'm sorry the wait was so disappointing; your refund is on its way.",
    'Please stop worrying about the invoice; it is already paid.',
    "Why don't you try restarting the app? That usually clears it.",
    'I will address the gaps highlighted in your review this week.',
    'Your parcel was misplaced at the depot, and a new one ships today.',
    "I'm concerned about your account security, so I've reset the password.",
    "It isn't unacceptable to ask for a refund after thirty days.",
    // A rejected code is a system message; a possibility, our own slips and a third party's are not charges.
    'Your password is incorrect; the link below sets a new one.',
    "I'm sorry the repair didn't quite meet your expectations; a technician will call today.",
    'We accidentally charged you twice, and the refund is already on its way.',
    'The courier may have mistakenly left the parcel with a neighbour.',
    'The new plan might not match the guidelines for every region.',
    "Our summary wasn't fully aligned with the agreed plan, so I've corrected it.",
  ],
  invalid: [
    { text: 'Your handling of the renewal was careless.', errors: [{ text: 'was careless' }] },
    { text: 'The draft you sent seems rather outdated.', errors: [{ text: 'seems rather outdated' }] },
    {
      name: 'a verdict on the reader still counts when our work is mentioned',
      text: 'Your dismissal of my proposal is frankly insulting.',
      errors: [{ text: 'is frankly insulting' }],
    },
    { text: 'I noticed several errors in the spreadsheet you shared.', errors: [{ text: 'I noticed several errors' }] },
    { text: 'There seems to be a gap between the plan and the invoice.', errors: [{ text: 'There seems to be a gap' }] },
    { text: "Frankly, I'm baffled by the choices in this design.", errors: [{ text: "I'm baffled by" }] },
    { text: "It's surprising that the totals still don't add up.", errors: [{ text: "It's surprising that" }] },
    { text: 'The proposal lacks the necessary detail.', errors: [{ text: 'lacks the necessary detail' }] },
    { text: 'Why didn\'t you tell us before the deadline?', errors: [{ text: 'Why didn\'t you' }] },
    { text: 'Do you really think that will work?', errors: [{ text: 'Do you really think' }] },
    { text: 'These outages happened on your watch.', errors: [{ text: 'on your watch' }] },
    { text: "The latest version still isn't acceptable.", errors: [{ text: "isn't acceptable" }] },
    { text: 'Clearly, you think the rules do not apply here.', errors: [{ text: 'Clearly, you think' }] },
    { text: 'The outage was due to careless handling of the update.', errors: [{ text: 'due to careless handling' }] },
    { text: "Let's stop the finger-pointing and look at the logs.", errors: [{ text: 'finger-pointing' }] },
    { text: 'Your latest report shows a lack of planning.', errors: [{ text: 'shows a lack of planning' }] },
    { text: 'This is the third time the payment has bounced.', errors: [{ text: 'This is the third time' }] },
    { text: 'The results were well below expectations.', errors: [{ text: 'below expectations' }] },
    { text: 'You failed to update your billing details.', errors: [{ text: 'You failed to', message: /fault/ }] },
    { text: 'You should have read the instructions.', errors: [{ text: 'You should have read', suggestion: /fix/ }] },
    { text: 'You forgot to attach the file.', errors: [{ text: 'You forgot' }] },
    { text: "You didn't read the email we sent.", errors: [{ text: "You didn't read" }] },
    { text: 'You didn’t follow the setup steps.', errors: [{ text: 'You didn’t follow' }] },
    { text: 'This was your mistake, not ours.', errors: [{ text: 'your mistake' }] },
    { text: 'As stated in our policy, refunds take five days.', errors: [{ text: 'As stated in our policy' }] },
    { text: 'Per my last email, the update is live.', errors: [{ text: 'Per my last email' }] },
    { text: 'As I said before, the app needs an update.', errors: [{ text: 'As I said before' }] },
    { text: 'You need to read the email again.', errors: [{ text: 'You need to read the email again' }] },
    { text: 'You have to pay more attention to the dates.', errors: [{ text: 'You have to pay more attention' }] },
    { text: 'You entered the wrong email address.', errors: [{ text: 'You entered the wrong' }] },
    { text: "That's not our problem.", errors: [{ text: "That's not our problem" }] },
    { text: 'If you had read the guide, this would not have happened.', errors: [{ text: 'If you had read' }] },
    { text: 'You claim you never got the package.', errors: [{ text: 'You claim you' }] },
    { text: 'This is user error.', errors: [{ text: 'user error' }] },
    { text: 'Your invoice contains several errors.', errors: [{ text: 'Your invoice contains several errors' }] },
    { text: 'Your summary is incomplete and hard to follow.', errors: [{ text: 'Your summary is incomplete' }] },
    { text: "The draft isn't fully aligned with the agreed plan.", errors: [{ text: "isn't fully aligned with" }] },
    { text: "The results haven't quite matched expectations.", errors: [{ text: "haven't quite matched" }] },
    { text: 'It looks like you may have accidentally deleted the folder.', errors: [{ text: 'may have accidentally' }] },
    { text: 'There were two points that I found rather confusing.', errors: [{ text: 'that I found rather confusing' }] },
    { text: 'I noticed a slight discrepancy in the figures you sent.', errors: [{ text: 'I noticed a slight discrepancy' }] },
    { text: 'You could have just told us about the move.', errors: [{ text: 'You could have just told' }] },
    { text: 'How come you never replied?', errors: [{ text: 'How come you never' }] },
    { text: 'As I told you, the plan renews monthly.', errors: [{ text: 'As I told you' }] },
    { text: 'The photos are hardly acceptable for a claim.', errors: [{ text: 'hardly acceptable' }] },
    { text: "You didn't proofread the contract.", errors: [{ text: "You didn't proofread" }] },
    {
      name: 'an apology followed by "but" does not excuse the blame',
      text: "I'm sorry, but you should have contacted us sooner.",
      errors: [{ text: 'you should have contacted' }],
    },
    {
      name: 'a phrase wrapped across a line break',
      text: 'Thanks for the screenshot. You\nfailed to confirm the order.',
      errors: [{ text: 'You\nfailed to', line: 1, column: 28, endLine: 2, endColumn: 10 }],
    },
    {
      name: 'CRLF line endings keep positions exact',
      text: 'Hi Sam,\r\n\r\nThanks for the details.\r\nYou forgot to enter the code.',
      errors: [{ text: 'You forgot', line: 4, column: 1, endColumn: 11 }],
    },
    {
      name: 'an emoji before the span counts as two UTF-16 units',
      text: 'Thanks 😊 but you misread the invoice.',
      errors: [{ text: 'you misread', line: 1, column: 15 }],
    },
    {
      name: 'a placeholder next to the phrase stays out of the span',
      text: 'Hi {{name}}, you should have checked the box.',
      errors: [{ text: 'you should have checked', column: 14 }],
    },
  ],
});

describe('blame-free phrases.json', () => {
  it('compiles every pattern a sentence must not hold', () => {
    for (const entry of data.entries as Array<{ without?: string[] }>) {
      for (const pattern of entry.without ?? []) expect(() => compilePattern(pattern)).not.toThrow();
    }
  });
});
