import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { errorOf, field, refusal } from '../../../e2e/support/dom-helpers';
import { RunDialog } from './RunDialog';

const api = vi.hoisted(() => ({ images: {} as Record<string, unknown>, containers: {} as Record<string, unknown> }));
vi.mock('../../app/api-client', () => ({ api }));

const run = vi.fn();
beforeEach(() => {
  run.mockReset();
  api.images = { list: { query: vi.fn(async () => [{ repoTags: ['berth/busybox:latest'] }]) }, pull: { subscribe: vi.fn(() => ({ unsubscribe() {} })) } };
  api.containers = { run: { mutate: run } };
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
});
