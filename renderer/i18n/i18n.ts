import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../../shared/i18n/en';
import { withRetries } from '../ui/lazy-component';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

export function defaultLanguage(saved: string | null, browser: string): Language {
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return browser.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * English is built in (it is the fallback); other languages are fetched when chosen, keeping them out of the first load
 * (and tried again, like every chunk: a container start aborts requests in flight).
 */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Record<string, unknown>>> = {
  'zh-CN': () => withRetries(() => import('../../shared/i18n/zh-CN')).then((m) => m.zhCN),
};

async function ensureLoaded(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await LOADERS[language]());
}

export async function switchLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
}

/** Resolves once the language's strings are in, so the first render is already in that language. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    // English is in the bundle: no reason to wait a task before the first render.
    initAsync: false,
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    // Said explicitly, i18next skips its per-call "is this key natural language?" regex test (about 10 ms per page).
    keySeparator: '.',
    nsSeparator: false,
    returnNull: false,
  });
  await switchLanguage(language);
  return i18next;
}
