import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Tabs } from './Tabs';

const opened = vi.fn();
function Page({ keepMounted }: { keepMounted?: boolean }) {
  const [tab, setTab] = useState<'one' | 'two' | 'three'>('one');
  return (
    <Tabs label="Views" value={tab} onChange={setTab} keepMounted={keepMounted}
      tabs={(['one', 'two', 'three'] as const).map((id) => ({ id, label: `Tab ${id}` }))}
      panel={(id) => { opened(id); return <p>Panel {id}</p>; }} />
  );
}

describe('Tabs', () => {
  it('moves among tabs with the arrow keys and Home/End, and opens one only on Enter or Space', async () => {
    const user = userEvent.setup();
    opened.mockReset();
    render(<Page />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(tab('Tab one'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Tab two'));
    expect(tab('Tab two').getAttribute('aria-selected')).toBe('false'); // arrowing past a tab does not open it
    expect(opened).not.toHaveBeenCalledWith('two');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(tab('Tab three'));
    await user.keyboard('{Enter}');
    expect(tab('Tab three').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Tab three' }).textContent).toBe('Panel three');
    await user.keyboard('{ArrowRight}'); // wraps round
    expect(document.activeElement).toBe(tab('Tab one'));
    await user.keyboard(' ');
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel one');
    // One tab stop for the list: Tab leaves it.
    expect(tab('Tab two').getAttribute('tabindex')).toBe('-1');
  });

  it('keeps every panel mounted when asked (shells), showing only the selected one', async () => {
    const user = userEvent.setup();
    render(<Page keepMounted />);
    expect(screen.getByText('Panel two', { selector: 'p' }).closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(true);
    await user.click(screen.getByRole('tab', { name: 'Tab two' }));
    expect(screen.getByText('Panel two').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(false);
    expect(screen.getByText('Panel one').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(true);
  });
});
