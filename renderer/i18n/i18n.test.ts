import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { defaultLanguage } from './i18n';
import { zhCN } from '../../shared/i18n/zh-CN';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) && !name.includes('.test.') ? [file] : [];
  });

describe('translations', () => {
  const known = new Set(keys(en));
  it('zh-CN has exactly the English keys, none left empty', () => {
    expect(keys(zhCN).sort()).toEqual([...known].sort());
    expect(keys(zhCN).filter((k) => !k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], zhCN))).toEqual([]);
  });
  it('every literal key used in the renderer and every validation key from shared/ exists', () => {
    const used = new Set<string>();
    for (const file of [...sources('renderer'), ...sources('shared'), ...sources('electron/services')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/['"`](validation\.[\w.]+)['"`]/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bkey: '([a-zA-Z]+\.[\w.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
  it('picks Chinese for a Chinese browser unless the user chose', () => {
    expect(defaultLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(defaultLanguage(null, 'en-GB')).toBe('en');
    expect(defaultLanguage('en', 'zh-CN')).toBe('en');
  });
});
