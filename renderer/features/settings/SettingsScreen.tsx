import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LOG_CAPACITIES, type LogCapacity, type ScreenReaderPref, usePrefs, type Theme } from '../../app/prefs-store';
import { Field } from '../../ui/Field';
import { DesktopSection } from './DesktopSection';
import { LANGUAGES, switchLanguage, type Language } from '../../i18n/i18n';
import { loadEngineList, useCurrentEngineEntry } from '../engine/engine-list';
import { useEngineStatus } from '../engine/engine-store';
import { lazyOnUse } from '../../ui/lazy-component';

const THEMES: Theme[] = ['system', 'light', 'dark', 'contrast'];
const SCREEN_READER_PREFS: ScreenReaderPref[] = ['auto', 'on', 'off'];
// daemon.json editing brings jsonc-parser and (in its raw view) CodeMirror: loaded with the settings screen only.
const EngineSettings = lazyOnUse(() => import('../daemon/EngineSettings').then((m) => m.EngineSettings));

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const { theme, setTheme, setLanguage, logCapacity, setLogCapacity, terminalScreenReader, setTerminalScreenReader } = usePrefs();
  const status = useEngineStatus();
  const engine = useCurrentEngineEntry();
  useEffect(loadEngineList, []);
  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen-header"><h1 id="settings-title">{t('settings.title')}</h1></header>
      <div className="settings">
        <Field label={t('settings.language')}>
          <select value={i18n.language} onChange={(e) => {
            setLanguage(e.target.value as Language);
            void switchLanguage(e.target.value as Language);
          }}>
            {LANGUAGES.map((l) => <option key={l.code} value={l.code}>{l.label}</option>)}
          </select>
        </Field>
        <Field label={t('settings.theme')}>
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {THEMES.map((th) => <option key={th} value={th}>{t(`settings.themes.${th}`)}</option>)}
          </select>
        </Field>
        <Field label={t('settings.logCapacity')} hint={t('settings.logCapacityHint')}>
          <select value={logCapacity} onChange={(e) => setLogCapacity(Number(e.target.value) as LogCapacity)}>
            {LOG_CAPACITIES.map((n) => <option key={n} value={n}>{n.toLocaleString()}</option>)}
          </select>
        </Field>
        <Field label={t('settings.terminalScreenReader')} hint={t('settings.terminalScreenReaderHint')}>
          <select value={terminalScreenReader} onChange={(e) => setTerminalScreenReader(e.target.value as ScreenReaderPref)}>
            {SCREEN_READER_PREFS.map((p) => <option key={p} value={p}>{t(`settings.screenReader.${p}`)}</option>)}
          </select>
        </Field>
        <DesktopSection />
        {status.state === 'connected' && (
          <>
            <h2>{t('settings.engine')}</h2>
            <dl className="facts">
              <dt>{t('settings.endpoint')}</dt><dd><code>{status.info.endpoint}</code></dd>
              <dt>{t('settings.version')}</dt><dd>{status.info.name} {status.info.version}</dd>
              <dt>{t('settings.apiVersion')}</dt><dd>{status.info.apiVersion}</dd>
              <dt>{t('settings.os')}</dt><dd>{status.info.os}/{status.info.arch}</dd>
              <dt>{t('settings.kernel')}</dt><dd>{status.info.kernel}</dd>
            </dl>
          </>
        )}
      </div>
      {engine?.local === false
        ? <p className="callout">{t('errors.daemon.remote')}</p>
        : <Suspense fallback={<p>{t('common.loading')}</p>}><EngineSettings /></Suspense>}
    </section>
  );
}
