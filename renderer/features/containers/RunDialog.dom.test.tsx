import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { errorOf, field, refusal } from '../../../e2e/support/dom-helpers';
import { RunDialog } from './RunDialog';

const api = vi.hoisted(() => ({ images: {} as Record<string, unknown>, containers: {} as Record<string, unknown>, networks: {} as Record<string, unknown> }));
vi.mock('../../app/api-client', () => ({ api }));

const run = vi.fn();
beforeEach(() => {
  run.mockReset();
  api.images = { list: { query: vi.fn(async () => [{ repoTags: ['berth/busybox:latest'] }]) }, pull: { subscribe: vi.fn(() => ({ unsubscribe() {} })) } };
  api.containers = { run: { mutate: run } };
  api.networks = { list: { query: vi.fn(async () => [{ name: 'bridge' }, { name: 'shop' }]) } };
});

describe('RunDialog', () => {
  it('flags every bad line of a multi-line field, at the field, and sends nothing', async () => {
    const user = userEvent.setup();
    render(<RunDialog onClose={() => undefined} />);
    await user.type(field('Image'), 'berth/busybox:latest');
    await user.type(field('Published ports (-p)'), 'x{Enter}8080:80{Enter}99999');
    await user.click(screen.getByRole('button', { name: 'Create and start' }));
    expect(errorOf('Published ports (-p)')).toBe('Line 1: “x” is not a port (1–65535) or range.\nLine 3: “99999” is not a port (1–65535) or range.');
    expect(field('Published ports (-p)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Some fields need attention.')).toBeTruthy();
    expect(run).not.toHaveBeenCalled();
  });

  it('shows main’s field errors where they were typed, and clears one as it is edited', async () => {
    const user = userEvent.setup();
    run.mockRejectedValue(refusal({ code: 'NAME_IN_USE', fields: { name: { key: 'validation.name.inUse', params: { value: 'web' } } } }));
    render(<RunDialog onClose={() => undefined} />);
    await user.type(field('Image'), 'berth/busybox:latest');
    await user.type(field('Name'), 'web');
    await user.click(screen.getByRole('button', { name: 'Create and start' }));
    await waitFor(() => expect(errorOf('Name')).toBe('That name is already used by another container.'));
    await user.type(field('Name'), '2');
    expect(errorOf('Name')).toBeNull();
  });

  it('offers to pull an image the engine does not have, from the image field', async () => {
    const user = userEvent.setup();
    run.mockRejectedValue(refusal({ code: 'IMAGE_NOT_LOCAL', fields: { image: { key: 'validation.image.notLocal', params: { value: 'nginx:1.27' } } } }));
    render(<RunDialog onClose={() => undefined} />);
    await user.type(field('Image'), 'nginx:1.27');
    await user.click(screen.getByRole('button', { name: 'Create and start' }));
    await user.click(await screen.findByRole('button', { name: 'Pull nginx:1.27…' }));
    const pull = await screen.findByRole('dialog', { name: 'Pull an image' });
    expect((within(pull).getByLabelText('Image reference') as HTMLInputElement).value).toBe('nginx:1.27');
  });

  it('fills itself from a pasted docker run line, names the flags it cannot carry, and warns of host powers', async () => {
    const user = userEvent.setup();
    render(<RunDialog onClose={() => undefined} />);
    await user.click(screen.getByText('Paste docker run…'));
    await user.click(field('A docker run command'));
    await user.paste('docker run -d --name api --network shop -m 256m --cap-add NET_ADMIN --memory-swap 1g berth/busybox:latest sleep 60');
    await user.click(screen.getByRole('button', { name: 'Fill the form' }));
    expect((field('Image') as HTMLInputElement).value).toBe('berth/busybox:latest');
    expect((field('Name') as HTMLInputElement).value).toBe('api');
    await waitFor(() => expect((field('Network') as HTMLSelectElement).value).toBe('shop'));
    expect((field('Memory limit (-m)') as HTMLInputElement).value).toBe('256m');
    expect(screen.getByRole('status').textContent).toContain('Not carried over (the form has no field for them): --memory-swap 1g');
    expect(screen.getByRole('note').textContent).toContain('Privileged mode and added capabilities');
  });

  it('a bad value among the more options opens them and is named at its field', async () => {
    const user = userEvent.setup();
    render(<RunDialog onClose={() => undefined} />);
    await user.type(field('Image'), 'berth/busybox:latest');
    await user.click(screen.getByText('More options'));
    await user.type(field('CPUs (--cpus)'), 'many');
    await user.type(field('Interval'), '30s');
    await user.click(screen.getByRole('button', { name: 'Create and start' }));
    expect(errorOf('CPUs (--cpus)')).toBe('“many” is not a number of CPUs, e.g. 0.5 or 2.');
    expect(errorOf('Health command (--health-cmd)')).toBe('Enter the health command, or leave the interval, timeout and retries empty.');
    expect(run).not.toHaveBeenCalled();
  });
});
