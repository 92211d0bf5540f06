/**
 * The rules' phrase data is checked like code: every entry says what to match,
 * why it is wrong, what to write instead and where it comes from, and every
 * pattern compiles.
 */
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/kinds/pattern.js';
import blameFree from '../../rules/blame-free/phrases.json' with { type: 'json' };
import clarity from '../../rules/clarity/phrases.json' with { type: 'json' };
import positiveLanguage from '../../rules/positive-language/phrases.json' with { type: 'json' };
import validateFeelings from '../../rules/validate-feelings/phrases.json' with { type: 'json' };
import apologyQuality from '../../rules/apology-quality/phrases.json' with { type: 'json' };
import nextSteps from '../../rules/next-steps/phrases.json' with { type: 'json' };
import greetingAndClosing from '../../rules/greeting-and-closing/phrases.json' with { type: 'json' };
import composure from '../../rules/composure/phrases.json' with { type: 'json' };
import acknowledgement from '../../src/nlp/data/acknowledgement.json' with { type: 'json' };
import commitments from '../../src/nlp/data/commitments.json' with { type: 'json' };
import courtesy from '../../src/nlp/data/courtesy.json' with { type: 'json' };
import framing from '../../src/nlp/data/framing.json' with { type: 'json' };
import feelings from '../../src/nlp/data/feelings.json' with { type: 'json' };

const UNLESS = ['acknowledgement', 'condition', 'negation', 'self-reference', 'ours', 'time-frame'];
const ONLY = ['instruction', 'standalone', 'promise'];

interface Entry {
  id: string;
  phrases: string[];
  except?: string[];
  unless?: string[];
  only?: string;
  with?: string[];
  message: string;
  why: string;
  suggestions: string[];
  note: string;
}

const lists: Record<string, Entry[]> = {
  'positive-language': positiveLanguage.entries as Entry[],
  'validate-feelings': validateFeelings.entries as Entry[],
  'blame-free': blameFree.entries as Entry[],
  'apology-quality': apologyQuality.entries as Entry[],
  'next-steps': nextSteps.entries as Entry[],
  'greeting-and-closing': greetingAndClosing.entries as Entry[],
  composure: composure.entries as Entry[],
};

describe.each(Object.entries(lists))('%s phrases.json', (_, entries) => {
  it('has unique kebab-case ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s is complete and compiles', (_id, entry) => {
    expect(entry.phrases.length).toBeGreaterThan(0);
    for (const pattern of [...entry.phrases, ...(entry.except ?? []), ...(entry.with ?? [])]) {
      expect(() => compilePattern(pattern)).not.toThrow();
      // `?` is literal in the pattern language; `[a|b]` is the optional group.
      expect(pattern).not.toMatch(/\)\?/);
    }
    expect(entry.message).toContain('%s');
    expect(entry.why).toMatch(/^[A-Z][\w -]+: /);
    expect(entry.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(entry.suggestions.length).toBeLessThanOrEqual(3);
    expect(entry.note.length).toBeGreaterThan(20);
    for (const u of entry.unless ?? []) expect(UNLESS).toContain(u);
    if (entry.only) expect(ONLY).toContain(entry.only);
  });
});

describe('clarity phrases.json', () => {
  it('explains every write-good check with an example rewrite', () => {
    for (const explained of Object.values(clarity.writeGood)) {
      expect(explained.message).toContain('%s');
      expect(explained.why).toMatch(/^Clarity: /);
      expect(explained.suggestions.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every jargon entry plainer wording and a note', () => {
    const ids = clarity.jargon.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of clarity.jargon) {
      for (const pattern of entry.phrases) expect(() => compilePattern(pattern)).not.toThrow();
      expect(entry.use.length).toBeGreaterThanOrEqual(1);
      expect(entry.use.length).toBeLessThanOrEqual(3);
      expect(entry.note.length).toBeGreaterThan(10);
    }
  });
});

describe('rule data outside phrase entries', () => {
  it('explains every report that is not a phrase', () => {
    for (const report of [apologyQuality.overApology, apologyQuality.noAction, nextSteps.missingStep, greetingAndClosing.missingGreeting, greetingAndClosing.missingSignOff, composure.shouting, composure.punctuation]) {
      expect(report.message.length).toBeGreaterThan(20);
      expect(report.why).toMatch(/^[A-Z][\w -]+: /);
    }
  });

  it('lists shouted words in lower case and acronyms in capitals', () => {
    for (const word of composure.shouting.shoutWords) expect(word).toBe(word.toLowerCase());
    for (const word of composure.shouting.acronyms) expect(word).toBe(word.toUpperCase());
    const acronyms = new Set(composure.shouting.acronyms.map((w) => w.toLowerCase()));
    expect(composure.shouting.shoutWords.filter((w) => acronyms.has(w))).toEqual([]);
  });
});

describe('nlp data', () => {
  it('compiles every acknowledgement pattern', () => {
    const all = [
      ...acknowledgement.apology, ...acknowledgement.validation, ...acknowledgement.notAcknowledgement,
      ...acknowledgement.reflection, ...acknowledgement.affirmation, ...acknowledgement.sympathy, ...acknowledgement.sharedExperience,
    ];
    for (const pattern of all) {
      expect(() => compilePattern(pattern)).not.toThrow();
      expect(pattern).not.toMatch(/\)\?/);
    }
  });

  it('compiles every commitment, courtesy and framing cue', () => {
    const all = [
      ...commitments.timeFrames, ...commitments.actions, ...commitments.readerSteps,
      ...courtesy.cues.map((c) => c.cue), ...framing.negative.map((c) => c.cue), ...framing.positive.map((c) => c.cue),
    ];
    for (const pattern of all) {
      expect(() => compilePattern(pattern)).not.toThrow();
      expect(pattern).not.toMatch(/\)\?/);
    }
    const ids = courtesy.cues.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rating of Object.values(framing.valence.words)) expect(Math.abs(rating)).toBeLessThanOrEqual(5);
  });

  it('compiles every feeling cue with a strength from 1 to 3', () => {
    for (const cues of Object.values(feelings.emotions)) {
      for (const { cue, strength } of cues) {
        expect(() => compilePattern(cue)).not.toThrow();
        expect([1, 2, 3]).toContain(strength);
      }
    }
  });
});
