import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopPrefs } from '../../../shared/host';
import { api } from '../../app/api-client';
import { useHostFeatures } from '../../app/host-features';
import { describeError, errorData } from '../../ui/api-error';

/** The desktop app's own settings: stay in the tray when the window closes, open at login. Not in a browser page. */
export function DesktopSection() {
  const { t } = useTranslation();
  const desktop = useHostFeatures()?.desktop === true;
  const [prefs, setPrefs] = useState<DesktopPrefs | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (desktop) api.host.desktopPrefs.query().then(setPrefs, (err) => setError(describeError(t, errorData(err))));
  }, [desktop, t]);
  if (!desktop || !prefs) return error ? <p className="form-error" role="alert">{error}</p> : null;
  const change = (next: DesktopPrefs) => {
    setPrefs(next);
    api.host.setDesktopPrefs.mutate(next).then(() => setError(''), (err) => { setPrefs(prefs); setError(describeError(t, errorData(err))); });
  };
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.desktop.title')}</legend>
      <label className="check"><input type="checkbox" checked={prefs.keepInTray} onChange={(e) => change({ ...prefs, keepInTray: e.target.checked })} />{t('settings.desktop.keepInTray')}</label>
      <label className="check"><input type="checkbox" checked={prefs.openAtLogin} onChange={(e) => change({ ...prefs, openAtLogin: e.target.checked })} />{t('settings.desktop.openAtLogin')}</label>
      {error && <p className="form-error" role="alert">{error}</p>}
    </fieldset>
  );
}
