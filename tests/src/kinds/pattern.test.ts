import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compilePattern, exportPatternAnalyses, foldCase, matchEveryPattern, matchPatternList, matchPatterns } from '../../../src/kinds/pattern.js';

/**
 * The reference: the pattern's own regular expression tried at every offset,
 * leftmost first, a match across a blank line dropped. The word matchers
 * (word sequences, and the general one for the rest) must agree with it.
 */
function byRegExp(text: string, pattern: string): Array<[number, number]> {
  const regexp = new RegExp(compilePattern(pattern), 'y');
  const folded = foldCase(text);
  const found: Array<[number, number]> = [];
  for (let p = 0; p < folded.length; p++) {
    regexp.lastIndex = p;
    const m = regexp.exec(folded);
    if (!m || m[0].length === 0 || /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r|\n)/.test(m[0])) continue;
    found.push([p, p + m[0].length]);
    p += m[0].length - 1;
  }
  return found;
}

/**
 * The reference for a list: at each offset, the patterns' regular expressions
 * tried longest pattern first; the first that matches wins and the search
 * goes on after it. With `every`, each pattern's matches at every offset.
 */
function listByRegExp(text: string, patterns: readonly string[], every = false): Array<[number, number, number]> {
  const folded = foldCase(text);
  const regexps = patterns.map((p) => new RegExp(compilePattern(p), 'y'));
  const order = patterns.map((_, i) => i).sort((a, b) => patterns[b]!.length - patterns[a]!.length);
  const found: Array<[number, number, number]> = [];
  for (let p = 0; p < folded.length; p++) {
    for (const i of order) {
      regexps[i]!.lastIndex = p;
      const m = regexps[i]!.exec(folded);
      if (!m || m[0].length === 0 || /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r|\n)/.test(m[0])) continue;
      found.push([p, p + m[0].length, i]);
      if (every) continue;
      p += m[0].length - 1;
      break;
    }
  }
  return found;
}

const byWords = (text: string, pattern: string) => matchPatternList(text, [pattern]).map((m): [number, number] => [m.start, m.end]);

const TEXTS = [
  "I'm so sorry, we can't refund it. I am really sorry about that; we cannot really help.",
  'We are sorry. We’re so very sorry!\nWe will look into it and get back to you within 2 days.',
  'you should have read the guide. You should’ve read it. You should have\nread it.\n\nYou should\n\nhave read it.',
  "Frustrating, frustrated, a well-sorry state; sorry-ish. It isn't quite good enough, is not really up to standard.",
  'I think maybe it might be a bit late. I was wondering if you could, if possible, check when you have a moment.',
  'Please simply click Save, then restart. Just go to Settings and log in. Click here, tap there.',
  'Someone from the relevant team will contact you. Our team will follow up. The right person will be in touch.',
  'Thanks a lot for nothing. Thank you so much!! THANK YOU for your patience, we really appreciate it.',
  // Punctuation between the words of a phrase stops it: "sorry. We" is not "sorry we".
  "Thank you. So much for nothing, sorry: we can't. Really help. I. So. Sorry. You should, have read; click/tap.",
];

describe('the word matchers agree with the regular expression', () => {
  const handWritten = [
    'sorry',
    '(i|we) [so|really|very] sorry',
    "(we|i) (can't|cannot) [really] help",
    '[so] (very sorry|sorry)',
    '[really] (so sorry|sorry|sorry about)',
    'you should (have|\'ve) [just] read',
    "(isn't|is not) [quite|really] (good enough|up to standard)",
    'frustrat* [state]',
    '(i think|i was wondering if you could|if possible|a bit)',
    '[please|simply|just|then] (click|tap|go to|log in|restart)',
    '(someone|our team|the (relevant|right) (team|person)) will (contact you|follow up|be in touch)',
    '(thank you|thanks) [a lot|so much] [for (nothing|your patience)]',
    'we [will|\'ll] look into it [and get back to you]',
    '[a|an] [very] (so|very) sorry',
    // Alternatives sharing a first word, each needing other words after it: a start is tried only where the text has them.
    '(i think|i was wondering|we will) [really] (so|if|look)',
    '[please] (i am|i was|thank you) (sorry|wondering|so)',
  ];

  it.each(handWritten)('%s', (pattern) => {
    for (const text of TEXTS) expect(byWords(text, pattern), text).toEqual(byRegExp(text, pattern));
  });

  it('for every pattern of the built-in phrase data, and again from saved analyses', async () => {
    const root = join(import.meta.dirname, '../../..');
    const files = [
      ...readdirSync(join(root, 'rules')).filter((d) => !d.includes('.')).map((d) => join(root, 'rules', d, 'phrases.json')),
      ...readdirSync(join(root, 'src/nlp/data')).map((f) => join(root, 'src/nlp/data', f)),
    ];
    const patterns = new Set<string>();
    const collect = (value: unknown, key: string) => {
      if (typeof value === 'string' && /^(phrases|except|patterns|without|with)$/.test(key)) patterns.add(value);
      else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    for (const file of files) collect(JSON.parse(readFileSync(file, 'utf8')), '');
    expect(patterns.size).toBeGreaterThan(300);
    let compared = 0;
    for (const pattern of patterns) {
      for (const text of TEXTS) {
        expect(byWords(text, pattern), `${pattern} in ${text}`).toEqual(byRegExp(text, pattern));
        compared++;
      }
    }
    expect(compared).toBe(patterns.size * TEXTS.length);

    // What the command's build saves and its start-up loads (src/cli/boot.ts), in a fresh module.
    const table = exportPatternAnalyses();
    expect(table.split('\n').filter((line) => line.startsWith('P ')).length).toBeGreaterThanOrEqual(patterns.size);
    // A pattern that needs a RegExp carries its source, so a start builds none of them.
    const withSource = table.split('\n').filter((line) => line.startsWith('P ') && line.split('\t')[5]);
    expect(withSource.length).toBeGreaterThan(0);
    // The file is ASCII, a backslash or any other character written `\u{hex}`, so it reads as a one-byte string.
    expect(table).toMatch(/^[\x00-\x7F]*$/);
    const unescape = (text: string) => text.replace(/\\u\{([0-9a-f]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    for (const line of withSource.map(unescape)) expect(line.split('\t')[5]).toBe(compilePattern(line.slice(2, line.indexOf('\t'))));
    // Patterns with letters outside ASCII ("naïve") are saved too, so no start has to analyse them.
    const saved = new Set(table.split('\n').filter((line) => line.startsWith('P ')).map((line) => unescape(line.slice(2, line.indexOf('\t')))));
    const nonAscii = [...patterns].filter((pattern) => /[^\x00-\x7F]/.test(pattern));
    expect(nonAscii.length).toBeGreaterThan(0);
    for (const pattern of nonAscii) expect(saved.has(foldCase(pattern.trim())), pattern).toBe(true);
    vi.resetModules();
    const fresh = await import('../../../src/kinds/pattern.js');
    fresh.preloadPatternAnalyses(table);
    for (const pattern of patterns) {
      for (const text of TEXTS) {
        const found = fresh.matchPatternList(text, [pattern]).map((m): [number, number] => [m.start, m.end]);
        expect(found, `${pattern} in ${text}, preloaded`).toEqual(byRegExp(text, pattern));
      }
    }
  });
});

describe('a list of patterns', () => {
  // Patterns that start with a prefix or punctuation, or need no word in particular, and
  // several that can start at one word: the list's index must find each where its RegExp does.
  const list = [
    'sorry',
    'so sorry',
    '(i|we) [so|really|very] sorry',
    'frustrat*',
    'frustrating, frustrated',
    '(so|very) sorry [about that]',
    '!!',
    '(thank you|thanks) [a lot|so much]',
    'thank you so much!!',
    'you should (have|\'ve) [just] read',
    '[please|simply|just|then] (click|tap|go to|log in|restart)',
    'we (will|\'ll) look into it',
  ];
  const atEach = (matches: ReturnType<typeof matchPatternList>) => matches.map((m): [number, number, number] => [m.start, m.end, m.pattern]);

  it.each(TEXTS)('finds the leftmost, longest pattern first, in %s', (text) => {
    expect(atEach(matchPatternList(text, list))).toEqual(listByRegExp(text, list));
  });

  it.each(TEXTS)('finds every match of every pattern in %s', (text) => {
    const sorted = (found: Array<[number, number, number]>) => [...found].sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    expect(sorted(atEach(matchEveryPattern(text, list)))).toEqual(sorted(listByRegExp(text, list, true)));
  });

  it('keeps the same order on a long text, with hundreds of places to try', () => {
    const text = TEXTS.join('\n\n').repeat(12);
    expect(atEach(matchPatternList(text, list))).toEqual(listByRegExp(text, list));
    const sorted = (found: Array<[number, number, number]>) => [...found].sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    expect(sorted(atEach(matchEveryPattern(text, list)))).toEqual(sorted(listByRegExp(text, list, true)));
  });

  it('finds a list compiled after the text was first searched', () => {
    const text = 'We will look into it, so sorry!!';
    expect(matchPatternList(text, ['sorry']).map((m) => m.text)).toEqual(['sorry']);
    expect(matchPatternList(text, ['we will look into it', 'so sorry!!']).map((m) => m.text)).toEqual(['We will look into it', 'so sorry!!']);
  });
});

describe('what a pattern needs after its first word', () => {
  it('tries a start only where the text holds the rest, and still finds each match', () => {
    const pattern = '(i think|i believe|perhaps) so';
    expect(matchPatterns('I know. I said so. I believe so.', [pattern]).map((m) => m.text)).toEqual(['I believe so']);
    expect(matchPatterns('I know, I said so, perhaps so.', [pattern]).map((m) => m.text)).toEqual(['perhaps so']);
    expect(matchPatterns('I think I said so.', [pattern])).toEqual([]);
  });
});

describe('saved analyses', () => {
  it('ignores a file that is not one, and matches as before', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/kinds/pattern.js');
    fresh.preloadPatternAnalyses('{"not": "analyses"}');
    expect(fresh.matchPatterns('We are so sorry.', ['[so] sorry']).map((m) => m.text)).toEqual(['so sorry']);
  });
});

describe('remembered matches', () => {
  it('gives each caller its own array, the same on every search', () => {
    const text = 'We are so sorry, and we are sorry again.';
    const first = matchEveryPattern(text, ['sorry', 'so sorry']);
    first.pop();
    first.sort(() => 0);
    const again = matchEveryPattern(text, ['sorry', 'so sorry']);
    expect(again.map((m) => m.text)).toEqual(['so sorry', 'sorry', 'sorry']);
    expect(again).not.toBe(first);
  });
});
