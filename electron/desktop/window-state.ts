import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../services/daemon/atomic-write';

export interface Bounds { x: number; y: number; width: number; height: number }
export interface WindowState { bounds: Bounds; maximized: boolean }
/** A display as Electron describes it: its id and the part windows may use. */
export interface DisplayArea { id: number; workArea: Bounds }

/** Saved per arrangement of displays: the same laptop docked and undocked keeps two places. */
type Saved = Record<string, WindowState>;

const MIN_VISIBLE = 80;

/** Which displays are connected, in a stable order: the key a window's place is kept under. */
export const displaysKey = (displays: DisplayArea[]): string =>
  displays.map((d) => `${d.id}:${d.workArea.width}x${d.workArea.height}@${d.workArea.x},${d.workArea.y}`).sort().join('|');

const overlap = (a: Bounds, b: Bounds): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Where the window opens: where it was with these displays, if enough of it is still on one of them; else the
 * default size, centred on the first display. A window is never put where it cannot be reached.
 */
export function restoreWindow(saved: WindowState | undefined, displays: DisplayArea[], size: { width: number; height: number }): WindowState {
  if (saved && displays.some((d) => overlap(saved.bounds, d.workArea) >= MIN_VISIBLE * MIN_VISIBLE)) return saved;
  const area = displays[0]?.workArea ?? { x: 0, y: 0, width: size.width, height: size.height };
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { bounds: { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height }, maximized: false };
}

/** The window places kept in a file beside Berth's settings; a file that cannot be read is a fresh start. */
export class WindowStateFile {
  constructor(private readonly file: string) {}

  read(displays: DisplayArea[]): WindowState | undefined {
    const state = this.all()[displaysKey(displays)];
    const b = state?.bounds;
    const sane = b && [b.x, b.y, b.width, b.height].every(Number.isFinite) && b.width > 0 && b.height > 0;
    return sane ? { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: state.maximized === true } : undefined;
  }

  async write(displays: DisplayArea[], state: WindowState): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify({ ...this.all(), [displaysKey(displays)]: state }, null, 2)}\n`);
  }

  private all(): Saved {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Saved) : {};
    } catch {
      return {};
    }
  }
}
