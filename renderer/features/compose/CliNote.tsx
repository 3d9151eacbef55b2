import { useTranslation } from 'react-i18next';
import type { ComposeInstall } from '../../../shared/compose';

const PLATFORMS = new Set(['linux', 'darwin', 'win32']);

/** Which compose Berth runs; or, when none is installed, where it looked and how to install one on this OS. */
export function CliNote({ install }: { install: ComposeInstall | null }) {
  const { t } = useTranslation();
  if (!install) return null;
  if (install.found) return <p className="muted">{t('compose.cli', install.found)}</p>;
  return (
    <div role="status" className="notice">
      <p>{t('compose.noCli', { looked: install.looked.join(', ') })}</p>
      <p>{t(`compose.install.${PLATFORMS.has(install.platform) ? install.platform as 'linux' : 'linux'}`)}</p>
    </div>
  );
}
