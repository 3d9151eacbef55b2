import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { notify, useNotices } from './notices-store';
import { Toasts } from './Toasts';

describe('Toasts', () => {
  it('shows each notice; success leaves by itself, an error stays until dismissed, and F8 reaches them', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      useNotices.setState({ notices: [] });
      render(<Toasts />);
      act(() => { notify('info', 'Pulled app:1'); notify('error', 'The push failed.'); });
      expect(screen.getByRole('region', { name: 'Notifications (F8)' })).toBeTruthy();
      expect(screen.getByText('Pulled app:1')).toBeTruthy();
      await act(() => vi.advanceTimersByTimeAsync(7000));
      expect(useNotices.getState().notices.map((n) => n.text)).toEqual(['The push failed.']);
      fireEvent.keyDown(document, { key: 'F8', code: 'F8' });
      expect(document.activeElement?.closest('[role=region]')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Dismiss' }));
      await vi.waitFor(() => expect(useNotices.getState().notices).toEqual([]));
    } finally {
      vi.useRealTimers();
    }
  });
});
