import { Command, defaultFilter } from 'cmdk';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentEngine, navigate } from '../../app/route-store';
import { requestAction } from '../containers/container-actions';
import { useContainers } from '../containers/containers-store';
import { useEngineList } from '../engine/engine-list';
import { CONTAINERS_SHOWN, paletteItems, type PaletteItem } from './palette-items';
import './palette.css';

const ACTIONS = ['start', 'stop', 'restart', 'kill', 'pause', 'unpause', 'remove'] as const;
const NAME = '\u0000';
const RECENT_KEY = 'berth.palette.recent';
const RECENT_KEPT = 5;
const recent = (): string[] => {
  try {
    return JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as string[];
  } catch {
    return [];
  }
};

/**
 * Ctrl/Cmd+K: every screen, every engine, and the containers whose names match best with their pages and actions,
 * fuzzy matched (cmdk), each with its shortcut beside it; what was chosen last comes first while nothing is typed.
 */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const engines = useEngineList((s) => s.engines);
  const byId = useContainers((s) => s.byId);
  const [recentIds] = useState(recent);
  const items = useMemo(() => {
    // Only the best-matching containers get items (a thousand containers would otherwise be thousands of rows); with
    // nothing typed, the containers of recent choices.
    // A container is found by its name and by the words of what can be done to it ("logs web", "stop db").
    // The labels are made once with a marker for the name (fuzzy matching wants the words in their order).
    const labels = ['palette.open', 'palette.logs', 'palette.shell', ...ACTIONS.map((a) => `actions.${a}Named`)].map((key) => t(key, { name: NAME }));
    const score = (name: string): number => defaultFilter(name, query, labels.map((label) => label.replace(NAME, name)));
    const matching = query.trim()
      ? Object.values(byId).map((c) => [c, score(c.name)] as const).filter(([, found]) => found > 0)
        .sort((a, b) => b[1] - a[1]).slice(0, CONTAINERS_SHOWN).map(([c]) => c)
      : [...new Set(recentIds.map((id) => id.split(':')[1]))].flatMap((id) => (id && byId[id] ? [byId[id]] : []));
    return paletteItems(t, engines, matching);
  }, [t, engines, byId, query, recentIds]);
  const shownFirst = query ? [] : recentIds.map((id) => items.find((i) => i.id === id)).filter((i): i is PaletteItem => i !== undefined);
  // Recent containers are listed under Recent only, not again under Containers.
  const listed = query ? items : items.filter((i) => i.group !== 'containers');
  const choose = (item: PaletteItem): void => {
    localStorage.setItem(RECENT_KEY, JSON.stringify([item.id, ...recentIds.filter((id) => id !== item.id)].slice(0, RECENT_KEPT)));
    onClose();
    if ('go' in item.run) navigate(item.run.go, item.run.engine ?? currentEngine());
    else {
      const { act, container } = item.run;
      // The closing palette gives the focus back in a task of its own (Radix's focus scope); an action's dialog (remove
      // asks first) opens in the task after that one, so its own button keeps the focus.
      setTimeout(() => setTimeout(() => void requestAction(t, act, [container])));
    }
  };
  const row = (item: PaletteItem, prefix = '') => (
    <Command.Item key={prefix + item.id} value={prefix + item.id} keywords={[item.label]} onSelect={() => choose(item)} className="palette-item">
      <span>{item.label}</span>
      {item.shortcut && <kbd>{item.shortcut}</kbd>}
    </Command.Item>
  );
  const group = (name: PaletteItem['group']) => {
    const members = listed.filter((i) => i.group === name);
    return members.length > 0 && <Command.Group heading={t(`palette.groups.${name}`)}>{members.map((i) => row(i))}</Command.Group>;
  };
  return (
    <Command.Dialog open onOpenChange={(open) => !open && onClose()} label={t('palette.title')} className="palette"
      overlayClassName="palette-overlay" filter={(value, search, keywords) => defaultFilter(keywords?.join(' ') ?? value, search)}>
      <Command.Input value={query} onValueChange={setQuery} placeholder={t('palette.placeholder')} aria-label={t('palette.placeholder')} />
      <Command.List>
        <Command.Empty>{t('palette.empty')}</Command.Empty>
        {shownFirst.length > 0 && <Command.Group heading={t('palette.groups.recent')}>{shownFirst.map((i) => row(i, 'recent:'))}</Command.Group>}
        {group('screens')}
        {group('engines')}
        {group('containers')}
      </Command.List>
    </Command.Dialog>
  );
}
