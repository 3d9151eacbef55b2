import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/containers';
import { PortLinks } from './PortLinks';

const web = (ports: ContainerSummary['ports']) => ({ name: 'web', ports }) as ContainerSummary;

describe('PortLinks', () => {
  it('one published port is a link; several are a menu of links, opened and closed from the keyboard', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<PortLinks container={web([{ privatePort: 80, publicPort: 8080, type: 'tcp' }])} />);
    expect(screen.getByRole('link', { name: 'Open http://localhost:8080' }).textContent).toBe('8080→80');
    unmount();
    render(<PortLinks container={web([{ privatePort: 80, publicPort: 8080, type: 'tcp' }, { ip: '127.0.0.1', privatePort: 443, publicPort: 8443, type: 'tcp' }])} />);
    const picker = () => screen.getByRole('button', { name: 'Open a published port of web' });
    await waitFor(() => expect(picker().hasAttribute('disabled')).toBe(false)); // the menu's code loads on demand
    picker().focus();
    await user.keyboard('{Enter}');
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.getAttribute('href'))).toEqual(['http://localhost:8080', 'http://127.0.0.1:8443']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(picker());
  });
});

