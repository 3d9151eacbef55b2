import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TerminalView } from './TerminalView';

/** A shell popped out into its own window: the same session, still alive in main. */
export function TerminalWindow({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [exited, setExited] = useState<number | null | undefined>(undefined);
  return (
    <main id="main" className="terminal-window">
      {exited !== undefined && <p role="status" className="callout">{t('shell.exited', { code: exited ?? '?' })}</p>}
      <TerminalView sessionId={sessionId} open={() => Promise.reject(new Error('no session'))} label={t('shell.windowInput')} findLabel={t('shell.find', { tab: t('shell.windowInput') })} onExit={setExited} />
    </main>
  );
}
