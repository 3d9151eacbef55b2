import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { X } from 'lucide-react';
import { describe, expect, it, vi } from 'vitest';
import { IconButton } from './IconButton';

describe('IconButton', () => {
  it('is named for what it does; its tooltip shows on keyboard focus and Escape hides it', async () => {
    const user = userEvent.setup();
    const clicked = vi.fn();
    render(<><button type="button">before</button><IconButton label="Stop web" tip="Stop" icon={<X aria-hidden="true" />} onClick={clicked} /></>);
    const named = () => screen.getByRole('button', { name: 'Stop web' });
    // The button shows at once; its tooltip comes a frame after the first paint.
    expect(named()).toBeTruthy();
    await vi.waitFor(() => expect(named().getAttribute('data-state')).toBe('closed'));
    const button = named();
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(button);
    expect((await screen.findByRole('tooltip')).textContent).toBe('Stop');
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    await user.keyboard('{Enter}');
    expect(clicked).toHaveBeenCalledOnce();
  });
});
