import './toasts.css';
import * as Toast from '@radix-ui/react-toast';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { dismiss, useNotices } from './notices-store';

/** How long a notice of success stays; an error stays until dismissed. Hovering or focusing one, or leaving the window, pauses it. */
const INFO_MS = 6000;

/** The notices as toasts: announced, reachable with F8, swiped or closed away. */
export function Toasts() {
  const { t } = useTranslation();
  const notices = useNotices((s) => s.notices);
  return (
    <Toast.Provider label={t('common.notifications')} duration={INFO_MS}>
      {notices.map((n) => (
        <Toast.Root key={n.id} className={`notice notice-${n.kind}`} type={n.kind === 'error' ? 'foreground' : 'background'}
          duration={n.kind === 'error' ? Infinity : INFO_MS} onOpenChange={(open) => { if (!open) dismiss(n.id); }}>
          <Toast.Description>{n.text}</Toast.Description>
          <Toast.Close className="icon" aria-label={t('common.dismiss')}><X aria-hidden="true" /></Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="notices" />
    </Toast.Provider>
  );
}
