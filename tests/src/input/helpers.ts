import { expect } from 'vitest';
import { runRules, type ResolvedConfig } from '../../../src/engine/check.js';
import { defineRule } from '../../../src/engine/rule.js';
import { toFilePositions } from '../../../src/input/positions.js';
import { inputFromBytes, type ReadOptions } from '../../../src/input/read.js';
import { displayText, type Source } from '../../../src/input/source.js';

/** Words the test rule flags, as a phrase of lower-case words; chosen to mean nothing to the real rules. */
const PHRASES = [['per', 'my', 'last', 'email'], ['unfortunately']];

/** Flags every phrase above made of ordinary words (not placeholders, URLs or e-mail addresses), as real rules do. */
export const phraseRule = defineRule({
  meta: { id: 'test/phrase', dimension: 'composure', description: 'Flags test phrases.', defaultSeverity: 'warning', fixable: true },
  defaultOptions: {},
  check(context) {
    const words = context.draft.words;
    for (let i = 0; i < words.length; i++) {
      for (const phrase of PHRASES) {
        const run = words.slice(i, i + phrase.length);
        if (run.length < phrase.length || run.some((w, k) => w.opaque || w.normal !== phrase[k])) continue;
        context.report({ start: run[0]!.start, end: run.at(-1)!.end, message: 'm', why: 'w', fix: { start: run[0]!.start, end: run.at(-1)!.end, text: 'As noted' } });
      }
    }
  },
});

export const TEST_CONFIG: ResolvedConfig = { rules: [{ rule: phraseRule, severity: 'warning', options: {} }], knownRuleIds: ['test/phrase'] };

export interface Finding {
  entry?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The file's text between the reported start and end: what an editor highlights. */
  highlighted: string;
  fix?: { start: number; end: number; text: string };
}

/** Reads `content` as the file `path`, checks it with the test rule, and returns what an editor would highlight. */
export async function findings(path: string, content: string | Uint8Array, options: ReadOptions = {}): Promise<Finding[]> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const { sources, problems } = await inputFromBytes(path, bytes, options);
  if (problems.length > 0) throw problems[0];
  return sources.flatMap((source) => findingsOf(source));
}

export function findingsOf(source: Source): Finding[] {
  const diagnostics = toFilePositions(source, runRules(source.text, TEST_CONFIG).diagnostics);
  const file = displayText(source);
  const lines = file.split(/\r\n|\r|\n/);
  const lineStarts: number[] = [];
  let offset = 0;
  for (const match of file.matchAll(/[^\r\n]*(\r\n|\r|\n|$)/g)) {
    lineStarts.push(offset);
    offset += match[0].length;
    if (match[0] === '') break;
  }
  return diagnostics.map((d) => {
    // Computed from line and column alone, as an editor would, to check them.
    const start = lineStarts[d.line - 1]! + d.column - 1;
    const end = lineStarts[d.endLine - 1]! + d.endColumn - 1;
    expect(lines.length).toBeGreaterThanOrEqual(d.endLine);
    return {
      ...(source.entryId === undefined ? {} : { entry: source.entryId }),
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      highlighted: file.slice(start, end),
      ...(d.fix ? { fix: d.fix } : {}),
    };
  });
}
