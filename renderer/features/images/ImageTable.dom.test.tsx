import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ColumnResizer } from '../../ui/ColumnResizer';
import { ColumnsMenu } from '../../ui/ColumnsMenu';
import { useTableLayout, useTablePrefs } from '../../ui/table-prefs';
import { imageRows } from './image-rows';
import { ImageTable } from './ImageTable';

const rows = imageRows(['alpha', 'beta', 'gamma'].map((name, i) => ({ id: `sha256:${String(i).repeat(64)}`, repoTags: [`${name}:1`], created: 1000 - i, size: 1, containers: 0 })));

function Table({ onRemove }: { onRemove(key: string): void }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const onSelect = (keys: string[], on: boolean) => setSelected((s) => (on ? new Set([...s, ...keys]) : new Set([...s].filter((k) => !keys.includes(k)))));
  return <ImageTable rows={rows} selected={selected} onSelect={onSelect} onTagPush={() => {}} onRemove={(row) => onRemove(row.key)} />;
}

// happy-dom lays nothing out: the table's scroll box gets a height, so the virtualized rows render.
vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);

describe('tables from the keyboard', () => {
  it('arrows move between rows, Space selects, Delete asks to remove, keys on a row’s own controls keep their meaning', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    render(<Table onRemove={onRemove} />);
    const link = (name: string) => screen.getByRole('link', { name });
    link('alpha').focus();
    await user.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(document.activeElement).toBe(link('beta')));
    await user.keyboard(' ');
    expect((screen.getByRole('checkbox', { name: 'Select beta:1' }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{End}');
    await vi.waitFor(() => expect(document.activeElement).toBe(link('gamma')));
    await user.keyboard('{ArrowDown}'); // stays on the last row
    await vi.waitFor(() => expect(document.activeElement).toBe(link('gamma')));
    await user.keyboard('{Delete}');
    expect(onRemove).toHaveBeenCalledWith('gamma:1');
    screen.getByRole('checkbox', { name: 'Select alpha:1' }).focus();
    await user.keyboard(' '); // the checkbox's own Space, once
    expect((screen.getByRole('checkbox', { name: 'Select alpha:1' }) as HTMLInputElement).checked).toBe(true);
  });

  it('a column’s width changes with the arrow keys on its edge; the Columns menu hides columns and sets the density, kept in the prefs', async () => {
    const user = userEvent.setup();
    function Resizable() {
      const width = useTableLayout('test').widths.name ?? 200;
      return <ColumnResizer label="Name" width={width} onResize={(w) => useTablePrefs.getState().setWidth('test', 'name', w)} />;
    }
    render(<><Resizable /><ColumnsMenu table="test" columns={[{ id: 'image', label: 'Image' }, { id: 'ports', label: 'Ports' }]} /></>);
    const edge = screen.getByRole('separator', { name: 'Width of the Name column' });
    edge.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(edge.getAttribute('aria-valuenow')).toBe('216');
    await user.click(screen.getByRole('button', { name: 'View' }));
    const menu = screen.getByRole('menu');
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Ports' }));
    expect(useTablePrefs.getState().tables.test!.hidden).toEqual(['ports']);
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Ports' }).getAttribute('aria-checked')).toBe('false'); // the menu stays open
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Compact' }));
    expect(useTablePrefs.getState().density).toBe('compact');
    expect(JSON.parse(localStorage.getItem('berth.tables')!).state.tables.test.widths.name).toBe(216);
  });
});
