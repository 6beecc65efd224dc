#!/usr/bin/env node
// Ships only the declaration files a consumer can reach: starting from the `types` of every entry in
// package.json's `exports`, follows the relative imports of each .d.ts and deletes the rest of dist/types
// (the element's internals, the CLI, the layout helpers have no public types).
//
// usage: node scripts/prune-types.mjs [--check]   (--check lists unreachable files and exits 1, deleting nothing)
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const typesDir = join(root, 'dist/types');
const check = process.argv.includes('--check');

/** The `types` of every export condition, as absolute paths. */
function entryTypes(exports) {
  const out = [];
  const visit = (v) => {
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (k === 'types' && typeof x === 'string' ? out.push(resolve(root, x)) : visit(x));
  };
  visit(exports);
  return out;
}

function declarations(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? declarations(p) : name.endsWith('.d.ts') ? [p] : [];
  });
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const reached = new Set();
const todo = entryTypes(pkg.exports);
while (todo.length) {
  const file = todo.pop();
  if (reached.has(file) || !existsSync(file)) continue;
  reached.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), m[1]).replace(/\.js$/, '');
    todo.push(target.endsWith('.d.ts') ? target : `${target}.d.ts`);
  }
}
const unreachable = declarations(typesDir).filter((f) => !reached.has(f));
if (check) {
  if (unreachable.length) {
    console.error(`unreachable declaration files:\n  ${unreachable.map((f) => relative(root, f)).join('\n  ')}`);
    process.exit(1);
  }
} else {
  for (const f of unreachable) rmSync(f);
  // Directories left empty go too.
  for (const d of readdirSync(typesDir)) {
    const p = join(typesDir, d);
    if (statSync(p).isDirectory() && declarations(p).length === 0) rmSync(p, { recursive: true });
  }
  console.log(`types: kept ${reached.size} reachable declaration files, removed ${unreachable.length}`);
}
