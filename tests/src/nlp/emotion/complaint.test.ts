import { describe, expect, it } from 'vitest';
import { detectEmotions } from '../../../../src/nlp/emotion/index.js';

const emotions = (text: string) => detectEmotions(text).map((e) => e.emotion);
const heated = (text: string) => emotions(text).some((e) => e === 'anger' || e === 'frustration');

describe('complaint language', () => {
  it('reads waiting in place and a slow service as frustration', () => {
    expect(heated('Still sitting at the gate, nobody has told us anything.')).toBe(true);
    expect(heated('It takes forever to reach anyone and my refund is still missing.')).toBe(true);
    expect(heated('It takes forever to bake, but it is worth it.')).toBe(false);
  });

  it('reads lost custom, canned replies and reprimands', () => {
    expect(heated('I will never be using your shop again.')).toBe(true);
    expect(heated('I got an automated response that said nothing useful.')).toBe(true);
    expect(heated('Your courier left my parcel in the rain. Get it together.')).toBe(true);
  });

  it('reads understated verdicts and costs the customer was made to bear', () => {
    expect(heated('@shop Not a great way to treat a loyal customer.')).toBe(true);
    expect(heated('Your chat agent was not very helpful and the issue is still open.')).toBe(true);
    expect(heated('The night crew left and we had to sleep on the terminal floor for hours.')).toBe(true);
    expect(heated('@shop do I have to pay again for the upgrade?')).toBe(false);
    expect(heated('Is this not a good time to call?')).toBe(false);
  });

  it('reads a verdict on how staff treated the customer', () => {
    expect(heated('The man at the desk was inconsiderate and dismissive.')).toBe(true);
  });

  it('reads "suck" and "gave up" as frustration, but not the idioms', () => {
    expect(emotions('Your new checkout page really sucks.')).toContain('frustration');
    expect(emotions('After an hour I gave up and went home.')).toContain('frustration');
    expect(heated('You just have to suck it up and train harder.')).toBe(false);
  });

  it('reads a complaint hashtag that starts with a number', () => {
    expect(heated('On the phone again #3hourqueuefail')).toBe(true);
  });

  it('keeps questions that ask, after a handle or a greeting, quiet', () => {
    expect(heated('@shop is order 5521 delayed?')).toBe(false);
    expect(heated('Hi, when will the cancelled order be refunded?')).toBe(false);
    expect(heated('Why was my order cancelled without a word?')).toBe(true);
  });

  it('lets heartfelt thanks outweigh a mild complaint', () => {
    expect(heated('Thank you for getting me home despite the delay.')).toBe(false);
    expect(heated('Thanks for nothing, the parcel is lost again.')).toBe(true);
  });
});

describe('negation', () => {
  it('reads "never been so" as the feeling at its highest', () => {
    expect(emotions('I have never been so annoyed with a delivery.')).toContain('frustration');
    expect(emotions('I was never annoyed with the delivery.')).not.toContain('frustration');
  });
});

describe('the other feelings', () => {
  it('reads puzzled questions as confusion', () => {
    expect(emotions('Why would anyone design the form this way?')).toContain('confusion');
    expect(emotions('Did I miss something in the setup guide?')).toContain('confusion');
  });

  it('does not read a realisation as confusion', () => {
    expect(emotions("I didn't know the app could do that, nice.")).not.toContain('confusion');
  });

  it('reads missing something and sympathy as sadness', () => {
    expect(emotions('I really miss the old layout.')).toContain('sadness');
    expect(emotions("I'm so sorry to hear about your mother.")).toContain('sadness');
  });
});

describe('an expectation the service did not meet', () => {
  it('reads a negated report to the company as frustration when another hint goes with it', () => {
    expect(heated('@shop my parcel did not turn up and the tracking page is wrong.')).toBe(true);
    expect(heated('Hi, the form would not take my card and the total was wrong.')).toBe(true);
  });

  it('needs the message to be addressed to the company', () => {
    expect(heated('My parcel did not turn up and the tracking page is wrong.')).toBe(false);
  });

  it('stays quiet when the message asks a question or the negation is an idiom', () => {
    expect(heated('@shop my parcel did not turn up and the page is wrong. Can you check it?')).toBe(false);
    expect(heated("@shop can't wait for the sale, the old page had the wrong price.")).toBe(false);
  });

  it('does not let a question that names several failures add up to a complaint', () => {
    expect(heated('@shop will my order be delayed or cancelled by the strike?')).toBe(false);
    expect(heated('@shop my order is delayed and cancelled.')).toBe(true);
  });

  it('reads thanks for the failure itself as sarcasm, not gratitude', () => {
    expect(heated('@shop thanks so much for the delay, really.')).toBe(true);
    expect(heated('@shop thank you so much for fixing the delay.')).toBe(false);
  });

  it('counts a negation aimed at the company for more, but not advice that opens with one', () => {
    expect(heated('@shop you never sent the box, so the week was hard.')).toBe(true);
    expect(heated('@shop the box was never sent, so the week was hard.')).toBe(false);
    expect(heated("@shop the box is lovely. Don't change a thing, the old one was wrong.")).toBe(false);
  });

  it('reads apostrophe-less contractions like the full ones', () => {
    expect(heated('Cant log in to my account, it has been like this for hours.')).toBe(true);
    expect(heated('I log in to my account, it has been like this for hours.')).toBe(false);
  });
});
