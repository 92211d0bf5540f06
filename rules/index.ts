/**
 * The built-in rules, in the order they run. Adding a rule means importing it
 * here; there is no discovery by file name.
 */
import type { AnyRule } from '../src/engine/rule.js';
import positiveLanguage from './positive-language/index.js';
import validateFeelings from './validate-feelings/index.js';
import blameFree from './blame-free/index.js';
import clarity from './clarity/index.js';
import apologyQuality from './apology-quality/index.js';
import nextSteps from './next-steps/index.js';
import greetingAndClosing from './greeting-and-closing/index.js';
import composure from './composure/index.js';
import acknowledgeFeelings from './acknowledge-feelings/index.js';
import answerQuestions from './answer-questions/index.js';
import meetTheNeed from './meet-the-need/index.js';

export const builtinRules: AnyRule[] = [
  positiveLanguage,
  validateFeelings,
  blameFree,
  clarity,
  apologyQuality,
  nextSteps,
  greetingAndClosing,
  composure,
  acknowledgeFeelings,
  answerQuestions,
  meetTheNeed,
];
