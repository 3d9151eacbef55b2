import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientProxiesSection } from './ClientProxiesSection';

const api = vi.hoisted(() => ({ daemon: {} as Record<string, unknown> }));
vi.mock('../../app/api-client', () => ({ api }));

const path = '/home/ann/.docker/config.json';
const none = { httpProxy: '', httpsProxy: '', noProxy: '' };
const save = vi.fn();
beforeEach(() => {
  save.mockReset().mockImplementation(async ({ engine: _engine, ...proxies }: typeof none & { engine: string }) => ({ path, proxies }));
  api.daemon = { clientProxies: { query: vi.fn(async () => ({ path, proxies: none })) }, setClientProxies: { mutate: save } };
});

describe('ClientProxiesSection', () => {
  it('saves only after a confirmation that shows each change and the file it goes to', async () => {
    const user = userEvent.setup();
    render(<ClientProxiesSection />);
    const button = await screen.findByRole('button', { name: 'Save container proxies' });
    expect(button.hasAttribute('disabled')).toBe(true); // nothing changed yet
    await user.type(screen.getByLabelText('HTTP_PROXY for containers'), 'http://proxy:3128');
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Save container proxies?' });
    expect(within(dialog).getByText(/proxies\.default in \/home\/ann\/\.docker\/config\.json/)).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /HTTP_PROXY for containers none http:\/\/proxy:3128/ })).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(save).not.toHaveBeenCalled();
    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save container proxies' }));
    expect(save).toHaveBeenCalledWith({ engine: 'local', ...none, httpProxy: 'http://proxy:3128' });
  });
});
