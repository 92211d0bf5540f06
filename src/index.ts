/**
 * The public API of tonecheck. Everything here is pure: no process, no file
 * system, no terminal colours. Editors, the language server and other
 * programs call it directly.
 */
import { resolveConfig } from './config/resolve.js';
import type { Config } from './config/types.js';
import { runRules, type CheckResult, type ResolvedConfig, type RunOptions } from './engine/check.js';
import { builtinRules } from '../rules/index.js';

export interface CheckOptions extends RunOptions {
  /** A config object, as it would be written in `.tonecheckrc`; plugins given as rule modules. */
  config?: Config;
}

/** Checks one draft and returns its diagnostics. Throws ConfigError on a bad config. */
export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const resolved = options.config === undefined ? defaults() : resolveConfig(options.config, { builtins: builtinRules });
  return runRules(text, resolved, options);
}

let resolvedDefaults: ResolvedConfig | undefined;

/**
 * The built-in rules with their default options, resolved once: rules keep
 * what they derive from their options (phrase lists, indexes) by options
 * object, so a fresh resolution per call would rebuild it for every draft.
 */
function defaults(): ResolvedConfig {
  return (resolvedDefaults ??= resolveConfig({}, { builtins: builtinRules }));
}

export { builtinRules };
export { resolveConfig } from './config/resolve.js';
export { ConfigError } from './config/types.js';
export type { Config, PhraseEntry, PhraseRuleConfig, RuleSetting } from './config/types.js';
export { runRules } from './engine/check.js';
export type { ActiveRule, CheckResult, ResolvedConfig, RunOptions } from './engine/check.js';
export { defineRule } from './engine/rule.js';
export type { AnyRule, RuleContext, RuleMeta, RuleModule } from './engine/rule.js';
export { buildDraft } from './document/draft.js';
export type { Draft, DraftOptions } from './document/draft.js';
// Safe fixes: apply a text's fix edits (never in placeholders, quoted text or signatures), checking again until stable.
export { applyEdits, fixUntilStable, MAX_FIX_PASSES } from './engine/fix.js';
export type { AppliedEdits, Checked, FixOutcome } from './engine/fix.js';
// Tone scores of a plain text (docs/scores.md): pure, synchronous, stable ranges.
export { scoreCourtesy, courtesyDetail } from './nlp/courtesy.js';
export type { CourtesyCue, CourtesyDetail } from './nlp/courtesy.js';
export { scoreNegativity, negativityDetail } from './nlp/negativity.js';
export type { NegativityDetail } from './nlp/negativity.js';
export { scoreClarity, clarityDetail } from './nlp/clarity.js';
export type { ClarityDetail } from './nlp/clarity.js';
export { detectAcknowledgement } from './nlp/acknowledgement.js';
export type { Acknowledgement, AcknowledgementKind, AcknowledgementResult } from './nlp/acknowledgement.js';
// The customer's side (docs/scorecard.md): feelings with their cue words, questions, and the tone scorecard.
export { detectEmotions, findQuestions, readCustomer } from './nlp/emotion/index.js';
export type { CustomerEmotion, CustomerQuestion, CustomerReading, EmotionCue, EmotionReading, QuestionKind, Strength } from './nlp/emotion/index.js';
export { computeScorecard, DIMENSIONS } from './engine/scorecard.js';
export type { Scorecard } from './engine/scorecard.js';
export type * from './types.js';
// Helpers that read the file system the way the command does (configs, drafts); the checking above stays pure.
export { loadConfig, ConfigLoader } from './config/load.js';
export type { ConfigLoaderOptions, LoadConfigOptions, LoadedConfig } from './config/load.js';
export { inputFromBytes, readInput, readSources } from './input/read.js';
export type { ReadOptions, ReadResult } from './input/read.js';
export { toFileEdit } from './input/edits.js';
export type { FileEdit } from './input/edits.js';
export type { Source, SourceOrigin } from './input/source.js';
export { formatterNames, getFormatter } from './formatters/index.js';
export type { Formatter, FormatOptions, LintResult, RuleSummary } from './formatters/index.js';
