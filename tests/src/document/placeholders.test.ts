import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../../src/document/placeholders.js';

const texts = (text: string) => findPlaceholders(text).map((p) => p.text);

describe('findPlaceholders', () => {
  it.each([
    ['Hi {{ticket.requester.first_name}},', '{{ticket.requester.first_name}}', 'mustache'],
    ['Hi {{ name | default: "there" }}!', '{{ name | default: "there" }}', 'mustache'],
    ['Hi {{{raw_name}}}', '{{{raw_name}}}', 'mustache'],
    ['{% if vip %}', '{% if vip %}', 'liquid-tag'],
    ['Hello {first_name},', '{first_name}', 'brace'],
    ['Hello ${name},', '${name}', 'brace'],
    ['Dear [Customer Name],', '[Customer Name]', 'bracket'],
    ['Order [ORDER NUMBER] shipped', '[ORDER NUMBER]', 'bracket'],
    ['Hi [first name],', '[first name]', 'bracket'],
    ['Hi [[contact.name]]', '[[contact.name]]', 'bracket'],
    ['Hi %FIRSTNAME%,', '%FIRSTNAME%', 'percent'],
    ['Hi *|FNAME|*,', '*|FNAME|*', 'merge-tag'],
  ])('finds the placeholder in %j', (text, expected, syntax) => {
    const [found] = findPlaceholders(text);
    expect(found).toMatchObject({ text: expected, syntax, start: text.indexOf(expected), end: text.indexOf(expected) + expected.length });
  });

  it('treats a Liquid comment block and a Handlebars comment as one opaque token', () => {
    const text = 'A {% comment %} unfortunately {% endcomment %} B {{!-- you failed --}} C {{! note }}';
    expect(texts(text)).toEqual(['{% comment %} unfortunately {% endcomment %}', '{{!-- you failed --}}', '{{! note }}']);
  });

  it('keeps the text of conditional branches outside the tags', () => {
    const text = '{% if refunded %}Your refund is on its way.{% else %}We are on it.{% endif %}';
    expect(texts(text)).toEqual(['{% if refunded %}', '{% else %}', '{% endif %}']);
  });

  it.each([
    'Save 20% on orders, or 30% on bundles.',
    'See the docs [1] and [sic] here.',
    'Read [the guide](https://example.com) first.',
    'A set {} and a map {1: 2}.',
  ])('finds nothing in %j', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });
});
