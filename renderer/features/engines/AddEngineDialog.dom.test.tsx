import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { errorOf, field, refusal } from '../../../e2e/support/dom-helpers';
import { AddEngineDialog } from './AddEngineDialog';

// A browser page's shell: no file dialogs, so the path fields have no Browse… beside them.
const api = vi.hoisted(() => ({
  engines: {} as Record<string, { mutate?: unknown; query?: unknown }>,
  host: { features: { query: async () => ({ pickPath: false }) } },
}));
vi.mock('../../app/api-client', () => ({ api }));

const hostKey = { host: 'box.lan', port: 22, type: 'ssh-ed25519', key: 'AAAAC3NzaC1lZDI1NTE5AAAAIFgZeBQcBAuckJeof48W+eFQaoLheQVB9nTuVuztIUT2', fingerprint: 'SHA256:Vh89V7kA+xfrfUFh3A1EfbKefdZQnngLIQXguNSZK48' };
const probe = { name: 'Docker Engine', version: '27.3.1', apiVersion: '1.47', os: 'linux', arch: 'arm64', latencyMs: 12.5 };
const test = vi.fn();
const trust = vi.fn();
const add = vi.fn();
beforeEach(() => {
  for (const f of [test, trust, add]) f.mockReset();
  api.engines = { test: { mutate: test }, trustHostKey: { mutate: trust }, add: { mutate: add }, list: { query: vi.fn(async () => []) } };
});

describe('AddEngineDialog', () => {
  it('shows main’s field errors at their fields, and only the fields of the chosen connection', async () => {
    const user = userEvent.setup();
    add.mockRejectedValue(refusal({ code: 'INVALID_INPUT', fields: { address: { key: 'validation.engine.tcpAddress' }, ca: { key: 'validation.engine.caRequired' } } }));
    render(<AddEngineDialog onClose={() => undefined} />);
    expect(screen.queryByLabelText('CA certificate (ca.pem)')).toBeNull();
    await user.selectOptions(field('Connection'), 'TCP');
    await user.type(field('Name'), 'lab');
    await user.type(field('Address'), 'lab:99999');
    await user.click(screen.getByRole('button', { name: 'Add engine' }));
    await waitFor(() => expect(errorOf('Address')).toBe('A host name or IP address, optionally with a port: 192.168.1.20:2376.'));
    expect(errorOf('CA certificate (ca.pem)')).toBe('To verify the engine, give the CA certificate that signed it.');
    expect(add).toHaveBeenCalledWith(expect.objectContaining({ name: 'lab', kind: 'tcp', address: 'lab:99999', tls: true, verify: true }));
  });

  it('asks before trusting a host key met for the first time, then tests again and reports what answered', async () => {
    const user = userEvent.setup();
    test.mockRejectedValueOnce(refusal({ code: 'HOST_KEY_UNKNOWN', message: { key: 'errors.ssh.hostUnknown', params: { host: 'box.lan', type: 'ssh-ed25519', fingerprint: hostKey.fingerprint } }, hostKey }));
    test.mockResolvedValueOnce(probe);
    trust.mockResolvedValue(undefined);
    render(<AddEngineDialog onClose={() => undefined} />);
    await user.type(field('Name'), 'home');
    await user.type(field('Address'), 'me@box.lan');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const prompt = await screen.findByRole('group', { name: 'First contact with box.lan' });
    expect(prompt.textContent).toContain(hostKey.fingerprint);
    expect(prompt.textContent).toContain('ssh_host_ed25519_key.pub');
    expect(trust).not.toHaveBeenCalled();
    await user.click(within(prompt).getByRole('button', { name: 'Trust this key and connect' }));
    expect(trust).toHaveBeenCalledWith(hostKey);
    expect((await screen.findByRole('status')).textContent).toBe('Connected: Docker Engine 27.3.1 · API 1.47 · linux/arm64 · 12.5 ms round trip');
    expect(test).toHaveBeenCalledTimes(2);
  });

  it('says why a test failed in the user’s words, with the engine’s own after them', async () => {
    const user = userEvent.setup();
    test.mockRejectedValue(refusal({ code: 'AUTH_FAILED', message: { key: 'errors.ssh.auth', params: { user: 'me', host: 'box.lan' } }, detail: 'All configured authentication methods failed' }));
    render(<AddEngineDialog onClose={() => undefined} />);
    await user.type(field('Name'), 'home');
    await user.type(field('Address'), 'me@box.lan');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The host refused the key for me@box.lan. All configured authentication methods failed');
  });
});
