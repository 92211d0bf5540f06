/**
 * The built-in rules, in the order they run. Adding a rule means importing it
 * here; there is no discovery by file name.
 */
import type { AnyRule } from '../src/engine/rule.js';
import positiveLanguage from './positive-language/index.js';
import validateFeelings from './validate-feelings/index.js';
import blameFree from './blame-free/index.js';
import clarity from './clarity/index.js';

export const builtinRules: AnyRule[] = [positiveLanguage, validateFeelings, blameFree, clarity];
