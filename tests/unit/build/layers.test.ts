/// <reference types="node" />
// The folder tree is the architecture: data flows text -> timexes -> events -> model -> layout -> pixels,
// and each layer imports only the layers under it. This test reads every import in src/ and holds the line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(new URL(import.meta.url).pathname), '../../../src');

/** Which layers (top folders of src/) each layer may import, besides itself. The model is the ground everyone may import. */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  text: ['model'],
  parse: ['model', 'text'],
  events: ['model', 'text', 'parse'],
  render: ['model'],
  element: ['model', 'render', 'events', 'parse', 'text'],
  cli: ['model', 'events', 'parse', 'text'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []);
}

function layerOf(file: string): string | null {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0]! : null;
}

describe('layers', () => {
  const files = sourceFiles(SRC);
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });
  it.each(Object.keys(ALLOWED))('%s imports only the layers under it', (layer) => {
    const crossings: string[] = [];
    for (const file of files.filter((f) => layerOf(f) === layer)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
        const target = layerOf(join(dirname(file), (m[1] ?? m[2])!));
        if (target && target !== layer && !ALLOWED[layer]!.includes(target)) crossings.push(`${relative(SRC, file)} -> ${m[1] ?? m[2]}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
