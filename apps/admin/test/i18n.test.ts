import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n, LOCALES, messages } from '../src/i18n/index.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, path: string): string | Tree | undefined {
  return path.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.(ts|vue)$/.test(name) ? [path] : [];
  });
}

const da = messages.da as unknown as Tree;
const en = messages.en as unknown as Tree;
const src = join(import.meta.dirname, '..', 'src');
const FEATURES = Object.keys(da).join('|');

describe('console messages', () => {
  it('has the same keys in Danish and English, none of them empty', () => {
    const daKeys = leaves(da);
    expect(daKeys.map(([k]) => k).sort()).toEqual(leaves(en).map(([k]) => k).sort());
    for (const [key, text] of [...daKeys, ...leaves(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('renders every message in both languages without leftover placeholders', () => {
    for (const locale of LOCALES) {
      i18n.global.locale.value = locale;
      for (const [key, text] of leaves(locale === 'da' ? da : en)) {
        const params = Object.fromEntries([...text.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], 'X']));
        const rendered = i18n.global.t(key, params);
        expect(rendered, `${locale} ${key}`).not.toBe(key);
        // "{{link}}" is meant literally: it names a mail-template placeholder for the reader to type.
        expect(rendered.replace(/\{\{\w+\}\}/g, ''), `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
    i18n.global.locale.value = 'da';
  });

  it('defines every message key the code refers to', () => {
    const keyPattern = new RegExp(`['\`]((?:${FEATURES})\\.[A-Za-z0-9_.]+?)(\\.)?(?:\\$\\{[^}]+\\})?['\`]`, 'g');
    const missing: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(src)) {
      for (const match of readFileSync(file, 'utf8').matchAll(keyPattern)) {
        const [, key, dynamic] = match;
        if (!key) continue;
        seen += 1;
        for (const [name, tree] of [['da', da], ['en', en]] as const) {
          const node = lookup(tree, key);
          // `common.roles.${role}` must name a group of messages; a plain key must name one message.
          const ok = dynamic ? typeof node === 'object' : typeof node === 'string';
          if (!ok) missing.push(`${name}: ${key}${dynamic ? '.*' : ''} (${file.slice(src.length + 1)})`);
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
