import { describe, expect, it } from 'vitest';
import { compact } from '../../../src/formatters/compact.js';
import { RESULTS, TOOL } from './fixtures.js';

describe('compact', () => {
  it('writes one file:line:col: severity message [rule] line per finding', () => {
    expect(compact(RESULTS, { color: false, tool: TOOL })).toBe(
      'replies/late.txt:3:12: warning This blames the customer. [blame-free]\n' +
        'replies/late.txt:4:2: error "Kindly" reads as stiff. [acme/no-kindly]\n',
    );
  });

  it('names an entry of a collection as file#entry and keeps a message on one line', () => {
    const [first] = RESULTS;
    const entry = { ...first!, entryId: 'refund-7', diagnostics: [{ ...first!.diagnostics[0]!, message: 'Two\nlines.' }] };
    expect(compact([entry], { color: true, tool: TOOL })).toBe('replies/late.txt#refund-7:3:12: warning Two lines. [blame-free]\n');
  });

  it('prints nothing when nothing was found', () => {
    expect(compact([RESULTS[1]!], { color: false, tool: TOOL })).toBe('');
  });
});
