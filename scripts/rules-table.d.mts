import type { AnyRule } from '../src/engine/rule.js';

export declare const START: string;
export declare const END: string;
export declare function renderRulesTable(rules: readonly AnyRule[]): string;
export declare function replaceRulesTable(readme: string, table: string): string;
