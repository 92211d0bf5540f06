import rule from '../../rules/validate-feelings/index.js';
import { RuleTester } from '../helpers/rule-tester.js';

const upset = "This is ridiculous. I've been waiting three weeks and I'm completely fed up!";

new RuleTester().run(rule, {
  valid: [
    'I just checked your account and the refund went out today.',
    'We just updated the app; the fix is live for everyone.',
    "Just reply to this email and I'll take care of the rest.",
    'Could you just send me a screenshot of the error?',
    'Obviously we want this fixed as much as you do.',
    'Obviously, this should never have happened, and I am sorry.',
    'We apologize for the delay with your package.',
    "I understand how frustrating this is. Here's what I can do.",
    "There's no need to reply to this email.",
    'Once things calm down after the launch, we will send the survey.',
    'You can sit back and relax: the migration runs on its own.',
    "All you need to do is reply, and we'll handle the rest.",
    "Don't worry, your data is safe.",
    'Simply put, the new plan costs less.',
    "If you're not sure which plan fits, I'm happy to walk you through it.",
    { text: 'No big deal at all — happy to help!', context: 'Sorry to bother you again, I mixed up my invoice numbers.' },
    { text: "It's not a big deal, the order will arrive tomorrow.", context: 'Quick question: when will my order arrive?' },
    { text: "I'm so sorry about this. I've refunded the order in full.", context: upset },
    { text: 'That sounds really stressful. Your files are safe and the restore is running.', context: "I'm really worried I've lost all my photos." },
    { text: 'Hi! Invoices live under Billing → History.', context: 'Hi, quick question about where to find invoices.' },
    { text: 'Your refund was issued today.', context: "I'm not angry, just curious how refunds work." },
    { text: 'Your refund was issued today.', context: upset, options: { acknowledge: false } },
    { text: 'Your refund was issued today.', context: "I'm a bit confused about the refund." },
    {
      name: 'quoted customer text is never flagged',
      text: "I'm sorry for the wait — your refund is on its way.\n\n> Calm down? Obviously you just click the button, as everyone knows.",
    },
    { text: 'Just click Save.', options: { allow: ['just-simply'] } },
    'Hi {{customer.obviously}},\n\nYour order is ready.',
  ],
  invalid: [
    { text: 'Please calm down so I can help you.', errors: [{ text: 'calm down', message: /how to feel/ }] },
    { text: 'I need you to calm down first.', errors: [{ text: 'calm down' }] },
    { text: 'Relax, it will be fine.', errors: [{ text: 'Relax' }] },
    { text: "There's no need to get so upset.", errors: [{ text: "There's no need to get so upset" }] },
    { text: "You're overreacting a little.", errors: [{ text: "You're overreacting" }] },
    { text: 'I understand, but the policy is clear.', errors: [{ text: 'I understand, but' }] },
    { text: "I'm sorry you feel that way.", errors: [{ text: 'sorry you feel that way', message: /reaction/ }] },
    { text: 'As I already explained, the refund takes five days.', errors: [{ text: 'As I already explained' }] },
    {
      text: 'Obviously, you need to update the app.',
      errors: [{ text: 'Obviously', suggestion: 'You need to update the app.' }],
      output: 'You need to update the app.',
    },
    { text: 'Just click Save.', errors: [{ text: 'Just click' }], output: 'Click Save.' },
    { text: 'You can simply restart the router.', errors: [{ text: 'simply restart' }], output: 'You can restart the router.' },
    { text: 'Then just tap Export.', errors: [{ text: 'just tap' }], output: 'Then tap Export.' },
    { text: 'To fix it, simply log out and back in.', errors: [{ text: 'simply log out' }], output: 'To fix it, log out and back in.' },
    { text: 'All you need to do is click the link.', errors: [{ text: 'All you need to do is' }] },
    { text: 'You just need to click Export.', errors: [{ text: 'You just need to' }], output: 'You need to click Export.' },
    {
      text: 'Actually, you need to confirm your email first.',
      errors: [{ text: 'Actually, you need' }],
      output: 'You need to confirm your email first.',
    },
    { text: 'As everyone knows, passwords expire every 90 days.', errors: [{ text: 'As everyone knows' }] },
    {
      text: 'The setting was obviously described in the documentation.',
      errors: [{ text: 'obviously' }],
      output: 'The setting was described in the documentation.',
    },
    {
      text: 'We apologize for any inconvenience this may have caused.',
      errors: [{ text: 'any inconvenience this may have caused', message: /doubts/, suggestion: "I'm sorry this happened." }],
    },
    {
      text: "It's not a big deal, the order will arrive tomorrow.",
      context: "I'm really upset, my order is late again!",
      errors: [{ text: "It's not a big deal" }, { text: "It's not a big deal, the order will arrive tomorrow.", message: /never acknowledges/ }],
    },
    {
      name: 'a reply that never acknowledges an upset customer',
      text: 'Hi Dana,\n\nYour refund was issued today.\n\nBest,\nSam',
      context: upset,
      errors: [
        { text: 'Your refund was issued today.', line: 3, column: 1, message: /sounds (frustrated|upset).*"fed up"/, suggestion: /I'm sorry/ },
      ],
    },
    {
      name: 'the customer message quoted in the draft is the context',
      text: 'Hi Dana,\n\nThe replacement ships tomorrow.\n\nBest,\nSam\n\n> I am furious. This is the third time I have asked!',
      errors: [{ text: 'The replacement ships tomorrow.', line: 3, message: /upset|frustrated/ }],
    },
    {
      name: 'a non-apology does not count as an acknowledgement',
      text: "I'm sorry you feel that way. The replacement ships tomorrow.",
      context: upset,
      errors: [{ text: "I'm sorry you feel that way.", message: /never acknowledges/ }, { text: 'sorry you feel that way' }],
    },
    {
      name: 'CRLF and emoji before the span keep positions exact',
      text: 'Hi 👋,\r\n\r\nThanks for writing in. 🙂 Obviously, you need the new version.',
      errors: [{ text: 'Obviously', line: 3, column: 27, endColumn: 36 }],
      output: 'Hi 👋,\r\n\r\nThanks for writing in. 🙂 You need the new version.',
    },
  ],
});
