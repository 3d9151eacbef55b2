import { useEffect } from 'react';
import { numberKeyOf } from '../../shared/screens';
import { navigate, SCREENS } from './route-store';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Ctrl/Cmd+K asks for the command palette, Ctrl/Cmd+number switches screens (Ctrl/Cmd+, is Settings), `/` focuses the screen's filter, `?` asks
 * for the shortcut sheet. Dialogs handle their own Enter/Esc.
 */
export function useShortcuts(filterInputId: string, onHelp: () => void, onPalette: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const index = Number(event.key) - 1;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        onPalette();
      } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === ',') {
        // Settings, as the desktop menu and most desktop apps have it (it is past the ninth digit).
        event.preventDefault();
        navigate({ screen: 'settings' });
      } else if ((event.ctrlKey || event.metaKey) && !event.altKey && index >= 0 && numberKeyOf(index) && index < SCREENS.length) {
        event.preventDefault();
        navigate({ screen: SCREENS[index]! });
      } else if (event.key === '?' && !isTyping(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        onHelp();
      } else if (event.key === '/' && !isTyping(event.target) && !document.querySelector('dialog[open]')) {
        const filter = document.getElementById(filterInputId) ?? document.querySelector<HTMLInputElement>('input[type=search]');
        if (filter) {
          event.preventDefault();
          filter.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [filterInputId, onHelp, onPalette]);
}
