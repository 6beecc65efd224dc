import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('<event-timeline> JSDoc', () => {
  const source = read('src/element/event-timeline.ts');

  it('documents the parts that the browser test checks on rendered nodes', () => {
    const documented = [...source.matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1]);
    expect(documented).toEqual(JSON.parse(read('tests/browser/fixtures/documented-parts.json')));
  });

  it('documents every attribute it reads', () => {
    const attributes = [...source.matchAll(/attribute: '([\w-]+)'/g)].map((m) => m[1]!);
    for (const name of attributes) expect(source, name).toMatch(new RegExp(`@attr ${name}\\b`));
  });
});
