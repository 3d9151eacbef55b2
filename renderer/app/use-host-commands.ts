import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostCommand } from '../../shared/host';
import { api } from './api-client';
import { useHostFeatures } from './host-features';
import { navigate, SCREENS } from './route-store';

type Panel = Extract<HostCommand, { type: 'open' }>['what'];

/**
 * The desktop app's menus, tray and berth:// links act on the page through commands; and the page tells the app its
 * language, so the menus speak it too. A browser page has neither.
 */
export function useHostCommands(open: (panel: Panel) => void): void {
  const { i18n } = useTranslation();
  const desktop = useHostFeatures()?.desktop === true;
  useEffect(() => {
    if (!desktop) return;
    const subscription = api.host.commands.subscribe(undefined, {
      onData: (command) => {
        if (command.type === 'open') open(command.what);
        else if (command.hash.startsWith('e/')) window.location.hash = `#/${command.hash}`;
        else if ((SCREENS as readonly string[]).includes(command.hash)) navigate({ screen: command.hash as (typeof SCREENS)[number] });
      },
    });
    return () => subscription.unsubscribe();
  }, [desktop, open]);
  useEffect(() => {
    if (desktop && (i18n.language === 'en' || i18n.language === 'zh-CN')) void api.host.setLanguage.mutate(i18n.language).catch(() => {});
  }, [desktop, i18n.language]);
}
