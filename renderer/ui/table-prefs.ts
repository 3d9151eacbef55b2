import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Density = 'comfortable' | 'compact';
/** Row heights the virtualized tables measure by. */
export const ROW_HEIGHT: Record<Density, number> = { comfortable: 40, compact: 30 };

interface TableLayout { hidden: string[]; widths: Record<string, number> }
interface TablePrefs {
  density: Density;
  tables: Record<string, TableLayout>;
  setDensity(density: Density): void;
  setHidden(table: string, column: string, hidden: boolean): void;
  setWidth(table: string, column: string, width: number): void;
}

/** Until the user changes a table, its layout is its defaults: one object per table, so selectors see no change. */
const defaults = new Map<string, TableLayout>();
const layoutOf = (s: TablePrefs, table: string): TableLayout =>
  s.tables[table] ?? defaults.get(table) ?? defaults.set(table, { hidden: HIDDEN_BY_DEFAULT[table] ?? [], widths: {} }).get(table)!;

/** Each table's shown columns and their widths, and the density of every table: kept across restarts. */
export const useTablePrefs = create<TablePrefs>()(
  persist(
    (set) => ({
      density: 'comfortable',
      tables: {},
      setDensity: (density) => set({ density }),
      setHidden: (table, column, hidden) => set((s) => {
        const layout = layoutOf(s, table);
        const rest = layout.hidden.filter((c) => c !== column);
        return { tables: { ...s.tables, [table]: { ...layout, hidden: hidden ? [...rest, column] : rest } } };
      }),
      setWidth: (table, column, width) => set((s) => {
        const layout = layoutOf(s, table);
        return { tables: { ...s.tables, [table]: { ...layout, widths: { ...layout.widths, [column]: Math.round(width) } } } };
      }),
    }),
    { name: 'berth.tables' },
  ),
);

/** Columns a table starts without (the live usage columns cost a stats stream per running container). */
const HIDDEN_BY_DEFAULT: Record<string, string[]> = { containers: ['cpu', 'memory'] };

/** One table's layout, with its default hidden columns until the user changes them. */
export const useTableLayout = (table: string): TableLayout => useTablePrefs((s) => layoutOf(s, table));
