import './terminal.css';
import { ExternalLink, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { ErrorData } from '../../../shared/errors';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '../../../shared/containers';
import { splitShellWords } from '../../../shared/parse/split-shell-words';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Field } from '../../ui/Field';
import { IconButton } from '../../ui/IconButton';
import { loadShellPrefs, saveShellPrefs, type ShellPrefs } from './shell-prefs';
import { TerminalView } from './TerminalView';
import { currentEngine, routeHref } from '../../app/route-store';
import { Tabs } from '../../ui/Tabs';

/** One tab: `key` is its identity for as long as it is open; `sessionId` is null until its view has started one. */
interface Slot {
  key: number;
  kind: 'exec' | 'attach';
  sessionId: string | null;
  exited?: number | null;
}

let nextKey = 1;
const terminalHref = (sessionId: string) => `${window.location.pathname}${window.location.search}${routeHref({ screen: 'terminal', id: sessionId })}`;

/** Shells into one container: several at once, kept in main across route switches, each closable and poppable. */
export function ShellTab({ details }: { details: ContainerDetails }) {
  const { t } = useTranslation();
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [active, setActive] = useState(0);
  const [prefs, setPrefs] = useState<ShellPrefs>(() => loadShellPrefs(details.name));
  // Kept untranslated: a language switch rewords it, and the list below does not depend on the language.
  const [error, setError] = useState<ErrorData | null>(null);
  const running = details.state === 'running';
  const setPref = (key: keyof ShellPrefs, value: string) => {
    const next = { ...prefs, [key]: value };
    setPrefs(next);
    saveShellPrefs(details.name, next);
  };
  const command = splitShellWords(prefs.command);

  useEffect(() => {
    api.terminal.list.query({ engine: currentEngine(), containerId: details.id }).then((sessions) => {
      const found = sessions.map((s): Slot => ({ key: nextKey++, kind: s.kind, sessionId: s.sessionId, exited: s.state === 'exited' ? s.exitCode : undefined }));
      const list = found.length || !running ? found : [{ key: nextKey++, kind: 'exec' as const, sessionId: null }];
      setSlots(list);
      setActive(list[0]?.key ?? 0);
    }, (err) => setError(errorData(err)));
  }, [details.id, running]);

  const update = (key: number, patch: Partial<Slot>) => setSlots((list) => list?.map((s) => (s.key === key ? { ...s, ...patch } : s)) ?? null);
  const add = (kind: Slot['kind']) => {
    const slot: Slot = { key: nextKey++, kind, sessionId: null };
    setSlots((list) => [...(list ?? []), slot]);
    setActive(slot.key);
  };
  const close = (slot: Slot) => {
    if (slot.sessionId) void api.terminal.close.mutate({ engine: currentEngine(), sessionId: slot.sessionId });
    setSlots((list) => list?.filter((s) => s.key !== slot.key) ?? null);
  };
  // A new function each render is fine: TerminalView keeps the latest in a ref and calls it once.
  const openFor = (slot: Slot) => async (size: { cols: number; rows: number }) => {
    try {
      const words = command.ok ? command.value : [];
      const info = await api.terminal.open.mutate({ engine: currentEngine(), containerId: details.id, kind: slot.kind, command: words, user: prefs.user, workdir: prefs.workdir, ...size });
      update(slot.key, { sessionId: info.sessionId });
      setError(null);
      return info.sessionId;
    } catch (err) {
      setError(errorData(err));
      throw err;
    }
  };

  const label = (slot: Slot, i: number) => (slot.kind === 'attach' ? t('shell.attachTab', { n: i + 1 }) : t('shell.tab', { n: i + 1 }));
  return (
    <section className="shell-tab" aria-label={t('shell.title', { name: details.name })}>
      <div className="log-toolbar">
        <button type="button" disabled={!running || !command.ok} onClick={() => add('exec')}>{t('shell.new')}</button>
        {details.tty && <button type="button" disabled={!running} onClick={() => add('attach')}>{t('shell.attach')}</button>}
        <details className="shell-settings">
          <summary>{t('shell.settings')}</summary>
          <form className="plain" onSubmit={(e) => e.preventDefault()}>
            <Field label={t('shell.command')} hint={t('shell.commandHint')} error={command.ok ? undefined : translate(t, command.error)}>
              <input value={prefs.command} spellCheck={false} onChange={(e) => setPref('command', e.target.value)} />
            </Field>
            <Field label={t('shell.user')} hint={t('shell.userHint')}>
              <input value={prefs.user} spellCheck={false} onChange={(e) => setPref('user', e.target.value)} />
            </Field>
            <Field label={t('shell.workdir')}>
              <input value={prefs.workdir} spellCheck={false} onChange={(e) => setPref('workdir', e.target.value)} />
            </Field>
          </form>
        </details>
      </div>
      {!running && <p className="empty">{t('details.notRunning')}</p>}
      {error && <p className="form-error" role="alert">{describeError(t, error)}</p>}
      {slots && slots.length > 0 && (
        <Tabs label={t('shell.sessions')} value={String(active)} onChange={(key) => setActive(Number(key))} keepMounted panelClassName="terminal-panel"
          tabs={slots.map((slot, i) => ({
            id: String(slot.key), label: label(slot, i), beside: (
              <>
                {slot.sessionId && <IconButton label={t('shell.popOut', { tab: label(slot, i) })} icon={<ExternalLink aria-hidden="true" />}
                  onClick={() => window.open(terminalHref(slot.sessionId!), `berth-terminal-${slot.sessionId}`, 'noopener')} />}
                <IconButton label={t('shell.close', { tab: label(slot, i) })} icon={<X aria-hidden="true" />} onClick={() => close(slot)} />
              </>
            ),
          }))}
          panel={(key) => {
            const i = slots.findIndex((s) => String(s.key) === key);
            const slot = slots[i]!;
            return (
              <>
                {slot.exited !== undefined && (
                  <p role="status" className="callout">
                    {t('shell.exited', { code: slot.exited ?? '?' })}{' '}
                    <button type="button" onClick={() => { close(slot); add(slot.kind); }}>{t('shell.reconnect')}</button>
                  </p>
                )}
                <TerminalView sessionId={slot.sessionId} open={openFor(slot)} label={t('shell.input', { tab: label(slot, i), name: details.name })}
                  findLabel={t('shell.find', { tab: label(slot, i) })}
                  onExit={(code) => update(slot.key, { exited: code })} />
              </>
            );
          }} />
      )}
    </section>
  );
}
