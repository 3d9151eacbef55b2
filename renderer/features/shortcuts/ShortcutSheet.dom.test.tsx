import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useShortcuts } from '../../app/use-shortcuts';
import { ShortcutSheet } from './ShortcutSheet';

function Page() {
  const [help, setHelp] = useState(false);
  useShortcuts('filter', () => setHelp(true), () => undefined);
  return <><input aria-label="Name" />{help && <ShortcutSheet onClose={() => setHelp(false)} />}</>;
}

describe('the shortcut sheet', () => {
  it('opens on ? (not while typing), lists every shortcut, and closes on Enter', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(screen.getByLabelText('Name'), '?');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(document.body);
    await user.keyboard('?');
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect([...sheet.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Ctrl/⌘ + K', 'Ctrl/⌘ + Shift + K', 'Ctrl/⌘ + 1…9', 'Ctrl/⌘ + ,', '/', 'Alt + 1…9', 'Enter / Esc', '?']);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
