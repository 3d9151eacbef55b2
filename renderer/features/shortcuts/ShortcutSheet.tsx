import { useTranslation } from 'react-i18next';
import { SCREENS } from '../../app/route-store';
import { Dialog } from '../../ui/Dialog';

/** Every keyboard shortcut, as `?` shows it: the keys, then what they do. */
const SHORTCUTS = [
  ['Ctrl/⌘ + K', 'palette'], ['Ctrl/⌘ + Shift + K', 'paletteFromShell'], [`Ctrl/⌘ + 1…${Math.min(9, SCREENS.length)}`, 'screens'], ['Ctrl/⌘ + ,', 'settings'], ['/', 'filter'], ['Alt + 1…9', 'engines'], ['Enter / Esc', 'dialogs'], ['?', 'help'],
] as const;

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} onSubmit={onClose}
      actions={<button type="submit" className="primary" data-autofocus>{t('common.close')}</button>}>
      <table className="grid shortcuts">
        <thead><tr><th scope="col">{t('shortcuts.keys')}</th><th scope="col">{t('shortcuts.does')}</th></tr></thead>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => <tr key={what}><td><kbd>{keys}</kbd></td><td>{t(`shortcuts.${what}`)}</td></tr>)}
        </tbody>
      </table>
    </Dialog>
  );
}
