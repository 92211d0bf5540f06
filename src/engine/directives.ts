import type { Draft } from '../document/draft.js';
import type { Diagnostic } from '../types.js';
import { byPosition } from './order.js';

/**
 * Inline control in a draft, written in a comment that survives in a sent
 * e-mail or a macro: `{% comment %} tonecheck-disable blame-free {% endcomment %}`,
 * `{% # tonecheck-enable %}`, `{{! tonecheck-disable }}`, `{{!-- … --}}` and
 * `<!-- tonecheck-disable-next-line positive-language -->`. Readers of
 * Markdown and HTML hand their comments on as `{{! … }}`.
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** The whole comment. */
  start: number;
  end: number;
}

/** The rule id reported for a directive that names no known rule. */
export const DIRECTIVE_RULE_ID = 'directive';

const COMMENTS = /\{%-?\s*comment\s*-?%\}([\s\S]*?)\{%-?\s*endcomment\s*-?%\}|\{%-?\s*#([\s\S]*?)-?%\}|\{\{!--([\s\S]*?)--\}\}|\{\{!([\s\S]*?)\}\}|<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^tonecheck-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** The directives in a draft's text, in order. Quoted text is the customer's: directives there are ignored. */
export function parseDirectives(draft: Draft): Directive[] {
  const text = draft.text;
  if (!text.includes('tonecheck-')) return [];
  const found: Directive[] = [];
  for (const m of text.matchAll(COMMENTS)) {
    const body = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    const directive = DIRECTIVE.exec(body);
    if (!directive || draft.regionAt(m.index) === 'quoted') continue;
    // "-- reason" ends the list of rules, as in ESLint.
    const list = directive[2]!.split(/\s--\s|^--\s/)[0]!;
    found.push({
      kind: directive[1] as Directive['kind'],
      rules: list.split(/[\s,]+/).filter(Boolean),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found;
}

/**
 * Drops the diagnostics a directive turns off (and any inside a directive's
 * own comment) and adds one for each rule id a
 * directive names that no rule has. `disable` and `enable` hold from the end
 * of their comment on; `disable-next-line` covers the first line with text
 * after the comment's line. `diagnostics` must be sorted by position.
 */
export function applyDirectives(draft: Draft, diagnostics: Diagnostic[], knownRules: Iterable<string>): Diagnostic[] {
  const directives = parseDirectives(draft);
  if (directives.length === 0) return diagnostics;
  const known = new Set(knownRules);
  const nextLine = directives.filter((d) => d.kind === 'disable-next-line').map((d) => ({ line: targetLine(draft, d.end), rules: d.rules }));
  const ranges = directives.filter((d) => d.kind !== 'disable-next-line');

  const state = new RangeState();
  let applied = 0;
  const kept = diagnostics.filter((d) => {
    while (applied < ranges.length && ranges[applied]!.end <= d.start) state.apply(ranges[applied++]!);
    if (state.isOff(d.ruleId)) return false;
    // The words of a directive are not the draft's.
    if (directives.some((c) => d.start >= c.start && d.start < c.end)) return false;
    const line = draft.lines.lineOf(d.start);
    return !nextLine.some((n) => n.line === line && (n.rules.length === 0 || n.rules.includes(d.ruleId)));
  });

  const problems = directives.flatMap((d) => d.rules.filter((id) => !known.has(id)).map((id) => unknownRule(draft, d, id, known)));
  if (problems.length === 0) return kept;
  return [...kept, ...problems].sort(byPosition);
}

/** Which rules are off at a point, after the disable/enable directives before it. */
class RangeState {
  private allOff = false;
  private readonly off = new Set<string>();
  /** Rules enabled again while every rule is off. */
  private readonly on = new Set<string>();

  apply(d: Directive): void {
    const all = d.rules.length === 0;
    if (all) {
      this.allOff = d.kind === 'disable';
      this.off.clear();
      this.on.clear();
      return;
    }
    for (const id of d.rules) {
      if (this.allOff) {
        if (d.kind === 'enable') this.on.add(id);
        else this.on.delete(id);
      } else if (d.kind === 'disable') this.off.add(id);
      else this.off.delete(id);
    }
  }

  isOff(ruleId: string): boolean {
    return this.allOff ? !this.on.has(ruleId) : this.off.has(ruleId);
  }
}

/** The first line with text after the line on which a directive ends. */
function targetLine(draft: Draft, end: number): number {
  const lines = draft.lines;
  for (let i = lines.lineOf(Math.max(0, end - 1)) + 1; i < lines.count; i++) {
    if (lines.lineText(i).trim() !== '') return i;
  }
  return -1;
}

function unknownRule(draft: Draft, d: Directive, id: string, known: ReadonlySet<string>): Diagnostic {
  const from = draft.positionAt(d.start);
  const to = draft.positionAt(d.end);
  const close = closest(id, known);
  return {
    ruleId: DIRECTIVE_RULE_ID,
    severity: 'warning',
    dimension: 'clarity',
    message: `Unknown rule "${id}" in a tonecheck-${d.kind} comment.`,
    why: 'A directive that names no rule turns nothing off, so the findings it was meant to silence still show.',
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start: d.start,
    end: d.end,
    text: draft.text.slice(d.start, d.end),
    suggestions: close ? [close] : [],
  };
}

/** The known id nearest in spelling, when it is near enough to be a typo. */
function closest(id: string, known: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
