import { useEffect, useState } from 'react';
import { api } from '../../app/api-client';
import { usePrefs } from '../../app/prefs-store';

/** Whether terminals keep a text copy for screen readers: the setting, and on 'auto' what the system reports. */
export function useTerminalScreenReader(): boolean {
  const pref = usePrefs((s) => s.terminalScreenReader);
  const [reported, setReported] = useState<boolean | null>(null);
  useEffect(() => {
    if (pref !== 'auto') return undefined;
    const sub = api.host.screenReader.subscribe(undefined, { onData: setReported });
    return () => sub.unsubscribe();
  }, [pref]);
  return pref === 'on' || (pref === 'auto' && reported === true);
}
