import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/document/draft.js';
import { runRules } from '../../../src/engine/check.js';
import { checkText } from '../../../src/index.js';
import { ConfigError } from '../../../src/config/types.js';
import { createPhraseRule, findEntries, findPhrases, formatMessage } from '../../../src/kinds/phrase.js';
import { compilePattern, matchPatternList, matchPatterns, PatternError, testPatterns, validatePattern } from '../../../src/kinds/pattern.js';

const texts = (text: string, patterns: string[]) => matchPatterns(text, patterns).map((m) => m.text);

describe('pattern syntax', () => {
  it('matches literal phrases in any case, whole words only', () => {
    expect(texts('Calm down. CALM DOWN. calmdown', ['calm down'])).toEqual(['Calm down', 'CALM DOWN']);
    expect(texts('adjust just justice', ['just'])).toEqual(['just']);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(texts("I can't, I can’t, I canʼt", ["can't"])).toEqual(["can't", 'can’t', 'canʼt']);
    expect(texts("I can't", ['can’t'])).toEqual(["can't"]);
  });

  it('lets a phrase wrap across one line break, LF or CRLF, but not a blank line', () => {
    expect(texts('calm\ndown, calm\r\n  down', ['calm down'])).toEqual(['calm\ndown', 'calm\r\n  down']);
    expect(texts('calm\n\ndown', ['calm down'])).toEqual([]);
    expect(texts('calm\r\n\r\ndown', ['calm down'])).toEqual([]);
  });

  it('supports alternation and optional parts', () => {
    expect(texts('we cannot help; I can’t offer', ["(we|I) (can't|cannot) (help|offer)"])).toEqual(['we cannot help', 'I can’t offer']);
    expect(texts('you must, you really must', ['you [really] must'])).toEqual(['you must', 'you really must']);
    expect(texts('please just click, just click, click', ['[please] [just] click'])).toEqual(['please just click', 'just click', 'click']);
    expect(texts('I understand, but / I understand but', ['I understand[,] but'])).toEqual(['I understand, but', 'I understand but']);
  });

  it('supports a word-ending wildcard', () => {
    expect(texts('frustrating, frustrated, frustration, frust', ['frustrat*'])).toEqual(['frustrating', 'frustrated', 'frustration']);
  });

  it('does not match inside hyphenated words or contractions', () => {
    expect(texts('a problem-free setup, a self-problem', ['problem'])).toEqual([]);
    expect(texts("you must've seen it", ['you must'])).toEqual([]);
    expect(texts("we're here", ['we'])).toEqual([]);
  });

  it('prefers the longest phrase at a position', () => {
    expect(texts('no problem at all', ['no problem', 'no problem at all'])).toEqual(['no problem at all']);
  });

  it('treats regular-expression characters as literal text', () => {
    expect(texts('costs $5.00 (approx.)', ['$5.00'])).toEqual(['$5.00']);
    expect(texts('costs $5x00', ['$5.00'])).toEqual([]);
  });

  it('reports bad syntax as a PatternError', () => {
    expect(() => compilePattern('(a|b')).toThrow(PatternError);
    expect(() => compilePattern('a]')).toThrow(/Unexpected "\]"/);
    expect(() => compilePattern('  ')).toThrow(/Empty pattern/);
  });

  it('validates a pattern without a text to search', () => {
    expect(() => validatePattern('(a|b')).toThrow(PatternError);
    expect(() => validatePattern('calm [right] down')).not.toThrow();
  });

  it('finds patterns that start with punctuation, a prefix or an optional word', () => {
    expect(texts('Well... fine', ['... fine'])).toEqual(['... fine']);
    expect(texts('We are frustrated', ['frustrat*'])).toEqual(['frustrated']);
    expect(texts('you really must', ['[really|truly] must'])).toEqual(['really must']);
    expect(texts('you must', ['[really|truly] must'])).toEqual(['must']);
  });

  it('prefers the longest pattern at a position and never overlaps matches', () => {
    const list = ['calm', 'calm down', 'down now'];
    expect(matchPatternList('calm down now', list).map((m) => [m.text, list[m.pattern]])).toEqual([['calm down', 'calm down']]);
  });

  it('compiles each pattern list once', () => {
    expect(testPatterns('please calm down', ['calm down'])).toBe(true);
    expect(testPatterns('please calm down', ['settle down'])).toBe(false);
  });
});

describe('findPhrases', () => {
  it('reports offsets into the original text with the sentence they are in', () => {
    const draft = buildDraft('Hi Sam,\n\nThanks for waiting. Unfortunately the card expired.');
    const [hit] = findPhrases(draft, ['unfortunately']);
    expect(hit).toMatchObject({ text: 'Unfortunately', start: 29, end: 42 });
    expect(hit!.sentence.text).toBe('Unfortunately the card expired.');
  });

  it('never matches quoted text, signatures, placeholders, URLs or e-mail addresses', () => {
    const draft = buildDraft(
      'Hi {{unfortunately}},\n\nSee https://example.com/unfortunately or unfortunately@example.com.\n\nBest,\nSam\n\n> Unfortunately it broke.',
    );
    expect(findPhrases(draft, ['unfortunately'])).toEqual([]);
  });

  it('keeps one hit where entries overlap and honours except patterns', () => {
    const draft = buildDraft("We can't offer that. I can't wait to see it.");
    const hits = findEntries(draft, [
      { phrases: ["(we|I) can't"], except: ["can't wait"], message: 'a', why: 'w' },
      { phrases: ["we can't offer"], message: 'b', why: 'w' },
    ]);
    expect(hits.map((h) => [h.text, h.entry.message])).toEqual([["We can't offer", 'b']]);
  });

  it('formats messages with the flagged text, white space collapsed', () => {
    expect(formatMessage('"%s" is wordy', 'in\norder to')).toBe('"in order to" is wordy');
  });
});

describe('createPhraseRule', () => {
  const run = (rule: ReturnType<typeof createPhraseRule>, text: string) =>
    runRules(text, { rules: [{ rule, severity: rule.meta.defaultSeverity, options: {} }] }).diagnostics;

  it('turns a team phrase list into a rule with suggestions and no fixes', () => {
    const rule = createPhraseRule({
      id: 'acme/no-kindly',
      dimension: 'courtesy',
      why: 'The Acme voice is warm, not formal.',
      entries: [{ avoid: 'kindly', use: ['please'] }, { avoid: ['(revert|get) back to you'], use: ['reply'], message: '"%s" is jargon.' }],
    });
    expect(rule.meta).toMatchObject({ id: 'acme/no-kindly', dimension: 'courtesy', defaultSeverity: 'warning' });
    expect(rule.meta.fixable).toBeUndefined();
    const found = run(rule, 'Kindly send the file and I will revert back to you.');
    expect(found.map((d) => [d.text, d.message, d.suggestions, d.why])).toEqual([
      ['Kindly', 'Avoid "Kindly"; write "please" instead.', ['please'], 'The Acme voice is warm, not formal.'],
      ['revert back to you', '"revert back to you" is jargon.', ['reply'], 'The Acme voice is warm, not formal.'],
    ]);
    expect(found.every((d) => d.fix === undefined)).toBe(true);
  });

  it('uses the configured severity, and stays silent when off', () => {
    const strict = createPhraseRule({ id: 'no-asap', severity: 'error', entries: [{ avoid: 'asap' }] });
    expect(strict.meta.defaultSeverity).toBe('error');
    expect(run(strict, 'I will reply ASAP.')).toHaveLength(1);
    const off = createPhraseRule({ id: 'no-asap', severity: 'off', entries: [{ avoid: 'asap' }] });
    expect(run(off, 'I will reply ASAP.')).toEqual([]);
  });

  it('rejects bad ids, empty entries and broken patterns with a ConfigError naming the key', () => {
    expect(() => createPhraseRule({ id: 'No Spaces', entries: [{ avoid: 'x' }] })).toThrow(ConfigError);
    expect(() => createPhraseRule({ id: 'empty', entries: [] })).toThrow(/at least one entry/);
    expect(() => createPhraseRule({ id: 'loud', severity: 'warn' as never, entries: [{ avoid: 'x' }] })).toThrow(/Invalid severity/);
    try {
      createPhraseRule({ id: 'broken', entries: [{ avoid: 'fine' }, { avoid: ['(oops'] }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).key).toBe('phrases.broken.entries[1].avoid');
    }
  });
});

describe('phrase rules from a config', () => {
  it('run alongside the built-in rules through checkText', () => {
    const result = checkText('Hi Sam,\n\nKindly find the invoice attached.', {
      config: { phrases: [{ id: 'acme/no-kindly', severity: 'suggestion', entries: [{ avoid: 'kindly', use: ['please'] }] }] },
    });
    const team = result.diagnostics.filter((d) => d.ruleId === 'acme/no-kindly');
    expect(team.map((d) => [d.text, d.severity, d.line, d.column, d.suggestions])).toEqual([['Kindly', 'suggestion', 3, 1, ['please']]]);
  });
});
