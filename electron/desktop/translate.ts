import { en } from '../../shared/i18n/en';
import type { UiLanguage } from '../../shared/host';
import { zhCN } from '../../shared/i18n/zh-CN';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const CATALOGS: Record<UiLanguage, unknown> = { en, 'zh-CN': zhCN };

const lookup = (catalog: unknown, key: string): string | undefined => {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalog);
  return typeof value === 'string' ? value : undefined;
};

/** The page's strings for main's own words (menus, tray): the same catalogs, the same {{name}} placeholders. */
export function translator(language: UiLanguage): Translate {
  return (key, vars = {}) => (lookup(CATALOGS[language], key) ?? lookup(en, key) ?? key)
    .replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
