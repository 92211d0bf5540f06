import rule from '../../rules/positive-language/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

/** A refusal whose option does not count: still a warning, and nothing else is reported. */
const stillWarns = (name: string, text: string, flagged: string) => ({ name, text, errors: [{ text: flagged, severity: 'warning' as const }] });

/** A refusal that comes with an option: only a suggestion to lead with that option. */
const offered = (text: string, flagged: string) => ({
  name: `a refusal that comes with an option is only a suggestion to lead with it: ${text.slice(0, 40)}…`,
  text,
  errors: [{ text: flagged, severity: 'suggestion' as const, message: /lead with the option/, suggestion: /I can offer/ }],
});

new RuleTester().run(rule, {
  valid: [
    'Here’s what I can do: I’ll send a replacement today.',
    "We won't charge you for the replacement.",
    'We will not refund the deposit until the inspection on Friday, and then it goes straight back to your card.',
    "I'm sorry about the problem with your order.",
    "I'm sorry this has been so frustrating; unfortunately the courier lost the parcel.",
    "I'm sorry you'll have to wait a little longer for the replacement.",
    "I'm sorry we can't offer the discount again this year, and I understand how disappointing that is.",
    "I can't wait to hear how the launch goes!",
    "I can't help but notice you've been with us for years — thank you.",
    'There’s no problem with your account; the charge was a pre-authorisation.',
    'No problem at all if you need more time to decide.',
    "If we can't fix it by Friday, I'll refund you in full.",
    'You must be so frustrated by this.',
    'You must have received two emails from us this morning.',
    "You'll have to bear with me for a moment while I check.",
    'We don’t share your data with anyone.',
    "We don't charge for returns.",
    "I don't know if you've tried restarting the app, but that often helps.",
    'Your password doesn’t have to be changed.',
    'It’s a problem-free setup from here on.',
    'Hi {unfortunately},\n\nYour code is ready.',
    'See https://example.com/unfortunately-not-allowed for the details.',
    'Thanks for writing in — the new card is on its way.\n\n> Unfortunately you can’t help me, and returns are not allowed?',
    'Thanks for your patience!\n\nBest,\nSam\n--\nUnfortunately, this mailbox is not monitored.',
    { text: 'No problem!', options: { allow: ['no-problem'] } },
  ],
  invalid: [
    { text: 'Unfortunately, your order has shipped.', errors: [{ text: 'Unfortunately', line: 1, column: 1, suggestion: /what I can do/ }] },
    { text: "We can't offer refunds on sale items.", errors: [{ text: "We can't offer", message: /won't do/ }] },
    { text: 'We are unable to process your request today.', errors: [{ text: 'We are unable to process' }] },
    { text: 'I’m unable to change the address on this order.', errors: [{ text: 'I’m unable to change' }] },
    { text: 'We cannot\nissue a refund after 30 days.', errors: [{ text: 'We cannot\nissue', line: 1, column: 1, endLine: 2, endColumn: 6 }] },
    { text: "That's not possible with your current plan.", errors: [{ text: "That's not possible" }] },
    { text: "There's nothing we can do about the delay.", errors: [{ text: "There's nothing we can do" }] },
    { text: 'Refunds are not allowed after 30 days.', errors: [{ text: 'not allowed' }] },
    { text: "You'll have to reset your password first.", errors: [{ text: "You'll have to" }] },
    { text: 'You must restart the router before it connects.', errors: [{ text: 'You must' }] },
    { text: "We don't offer phone support.", errors: [{ text: "We don't offer", suggestion: /we do offer/ }] },
    { text: 'No problem!', errors: [{ text: 'No problem', suggestion: 'Happy to help!' }] },
    { text: 'Not a problem at all, happy to help.', errors: [{ text: 'Not a problem at all' }] },
    { text: 'I have no idea why the invoice changed.', errors: [{ text: 'I have no idea' }] },
    offered("Sale items are final, so I can't refund this order, but here's what I can do: I've added a $15 credit to your account.", "I can't refund"),
    offered("We can't replace the lid on its own, but I can send you a whole new kettle today.", "We can't replace"),
    offered("I'm unable to change the address on this order; instead, I've asked the courier to hold it at the depot.", "I'm unable to change"),
    offered("We can't refund the ticket. Instead, I've moved your booking to Friday at no cost.", "We can't refund"),
    offered("That's not possible on the Basic plan. Here's what I can do: I'll switch you to Pro for a month, free.", "That's not possible"),
    offered("We don't ship to Norway, but we can send it to a pick-up point in Sweden.", "We don't ship to"),
    offered(
      "The warranty doesn't cover a cracked screen, so we can't replace the phone for free. I know that's not the news you wanted.\n\nWhat I can do is repair it at half price.",
      "we can't replace",
    ),
    offered("Unfortunately, shared calendars aren't on the Starter plan yet. If you'd like to try them, I can give you 30 days of Team for free.", 'Unfortunately'),
    offered("We can't refund a download once it has been used. If you prefer, we can credit the amount to your next order.", "We can't refund"),
    offered("We're unable to ship to PO boxes, so could you give me a street address instead?", "We're unable to ship"),
    offered("We don't ship to PO boxes. Could you send me a street address instead?", "We don't ship to"),
    offered("It isn't possible to merge two accounts yet, so I've moved your orders to the newer one.", "It isn't possible"),
    offered("We're unable to accept returns after 30 days, but I've made an exception for you this time.", "We're unable to accept"),
    offered('Unfortunately the link I sent earlier has expired, so here is a fresh one.', 'Unfortunately'),
    { text: 'We will not refund this order.', errors: [{ text: 'We will not refund', message: /what you won't do/ }] },
    stillWarns('a "so" that leads to something other than what we hand over offers nothing', 'Unfortunately the link has expired, so there is nothing more to do.', 'Unfortunately'),
    stillWarns('a "so" that leads to the customer\'s burden offers nothing', "We can't refund the ticket, so you will need to contact the airline.", "We can't refund"),
    stillWarns('a request that is not the other way leaves the refusal a warning', "We can't refund the ticket. Could you tell me why you want to cancel?", "We can't refund"),
    {
      name: '"unfortunately" with no option after it stays a warning',
      text: 'Unfortunately, shared calendars are not on the Starter plan. The Team plan costs $12 a month.',
      errors: [{ text: 'Unfortunately', severity: 'warning', message: /opens with the bad news/ }],
    },
    stillWarns('an option two sentences on, with no acknowledgement between, does not count', "We can't replace the phone for free. The warranty ended in May. What I can do is repair it at half price.", "We can't replace"),
    stillWarns('a refusal followed by more detail, not by an option, is still reported', "We can't refund the ticket, and the booking form is now closed. I'm sorry.", "We can't refund"),
    {
      name: 'a "but" that leads to another refusal offers nothing',
      text: "We can't refund the ticket, but we cannot exchange it either.",
      errors: [{ text: "We can't refund" }, { text: 'we cannot exchange' }],
    },
    {
      name: 'a next sentence with an option, but not opening on it, does not count',
      text: "We can't refund the ticket. The venue changed the date, and I've logged that.",
      errors: [{ text: "We can't refund" }],
    },
    {
      name: 'an opening "Unfortunately" is reported even when an option follows',
      text: "Unfortunately the kettle is discontinued, but I can send you the newer model.",
      errors: [{ text: 'Unfortunately' }],
    },
    {
      name: 'an acknowledgement undone by "but" does not excuse the refusal',
      text: "I understand, but we can't offer a refund.",
      errors: [{ text: "we can't offer" }],
    },
    {
      name: 'placeholders are opaque but the words around them are checked',
      text: 'Hi {{ticket.requester.first_name}}, unfortunately the sale has ended.',
      errors: [{ text: 'unfortunately', line: 1, column: 37 }],
    },
    {
      name: 'CRLF line endings keep columns exact',
      text: 'Hi Sam,\r\n\r\nUnfortunately, the item is out of stock.\r\nWe can’t replace it.',
      errors: [
        { text: 'Unfortunately', line: 3, column: 1 },
        { text: 'We can’t replace', line: 4, column: 1 },
      ],
    },
    {
      name: 'an emoji before the span counts as two UTF-16 units',
      text: 'Thanks 🙏 — unfortunately the sale has ended.',
      errors: [{ text: 'unfortunately', line: 1, column: 13, endColumn: 26 }],
    },
    {
      name: 'several entries in one reply, in text order',
      text: "Unfortunately we don't support that printer, so you'll have to use another one.",
      errors: [{ text: 'Unfortunately' }, { text: "we don't support" }, { text: "you'll have to" }],
    },
  ],
});
