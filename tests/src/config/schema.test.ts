import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateValidator, OUTPUT_PATH } from '../../../scripts/build-config-validator.mjs';
import { validateConfig } from '../../../src/config/schema.js';
import { ConfigError } from '../../../src/config/types.js';

function problem(config: unknown): string {
  try {
    validateConfig(config, '.tonecheckrc.yaml');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [error.file, error.key, error.message].filter(Boolean).join(': ');
  }
  return 'valid';
}

describe('validateConfig', () => {
  it('accepts every documented setting', () => {
    const config = {
      $schema: './node_modules/tonecheck/config.schema.json',
      extends: ['recommended', 'strict'],
      rules: { 'blame-free': 'error', clarity: ['warning', { maxGrade: 8 }], 'validate-feelings': ['off'] },
      plugins: ['./rules/no-kindly.js', 'tonecheck-plugin-acme'],
      phrases: [{ id: 'acme/names', severity: 'suggestion', dimension: 'clarity', why: 'w', entries: [{ avoid: ['a', 'b'], use: ['c'], why: 'w', message: 'm' }] }],
      ignorePatterns: ['drafts/old/**'],
    };
    expect(problem(config)).toBe('valid');
    expect(problem({})).toBe('valid');
  });

  it('names the key and the allowed values of a bad severity', () => {
    expect(problem({ rules: { 'blame-free': 'high' } })).toBe(
      '.tonecheckrc.yaml: rules.blame-free: invalid severity "high" (expected error, warning, suggestion, off)',
    );
    expect(problem({ rules: { 'blame-free': 2 } })).toBe(
      '.tonecheckrc.yaml: rules.blame-free: invalid severity 2 (expected error, warning, suggestion, off)',
    );
    expect(problem({ rules: { clarity: ['loud', {}] } })).toMatch(/: rules\.clarity\[0\]: invalid severity "loud"/);
    expect(problem({ rules: { clarity: ['warning', 8] } })).toBe('.tonecheckrc.yaml: rules.clarity[1]: expected an object, got number 8');
    expect(problem({ rules: { clarity: [] } })).toBe('.tonecheckrc.yaml: rules.clarity: expected at least 1 item');
  });

  it('names unknown and missing keys', () => {
    expect(problem({ rulez: {} })).toBe(
      '.tonecheckrc.yaml: rulez: unknown key "rulez" (expected one of: extends, rules, plugins, phrases, ignorePatterns, collections)',
    );
    expect(problem({ phrases: [{ id: 'x', entries: [{ avoid: 'a', instead: 'b' }] }] })).toBe(
      '.tonecheckrc.yaml: phrases[0].entries[0].instead: unknown key "instead"',
    );
    expect(problem({ phrases: [{ entries: [] }] })).toBe('.tonecheckrc.yaml: phrases[0]: missing "id"');
  });

  it('explains wrong types, ids, dimensions and empty phrases', () => {
    expect(problem([])).toBe('.tonecheckrc.yaml: expected an object, got a list');
    expect(problem({ extends: 3 })).toBe('.tonecheckrc.yaml: extends: expected a preset name or a list of preset names');
    expect(problem({ plugins: [3] })).toBe('.tonecheckrc.yaml: plugins[0]: expected a path, a package name or a rule module');
    expect(problem({ phrases: [{ id: 'No Kindly', entries: [{ avoid: 'a' }] }] })).toMatch(
      /phrases\[0\]\.id: invalid rule id "No Kindly"/,
    );
    expect(problem({ phrases: [{ id: 'x', dimension: 'tone', entries: [{ avoid: 'a' }] }] })).toBe(
      '.tonecheckrc.yaml: phrases[0].dimension: invalid dimension "tone" (expected empathy, positivity, ownership, clarity, trust, composure, courtesy)',
    );
    expect(problem({ phrases: [{ id: 'x', entries: [{ avoid: ' ' }] }] })).toBe(
      '.tonecheckrc.yaml: phrases[0].entries[0].avoid: expected a phrase or a list of phrases, none empty',
    );
    expect(problem({ phrases: [{ id: 'x', entries: [] }] })).toBe('.tonecheckrc.yaml: phrases[0].entries: expected at least 1 item');
  });

  it('uses a generated validator that matches config.schema.json (run scripts/build-config-validator.mjs)', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generateValidator());
  });
});
