import './terminal.css';
import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { WebglAddon } from '@xterm/addon-webgl';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { blinkWhileActive } from './idle-blink';
import { useTerminalScreenReader } from './use-terminal-screen-reader';
import { currentEngine } from '../../app/route-store';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const bytes = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

interface TerminalViewProps {
  /**
   * An existing session to show, or null: `open` is called with the fitted size to start one. Read once: the view is
   * set up once for its identity (its parent keys it), so a new label or language never starts another process.
   */
  sessionId: string | null;
  open(size: { cols: number; rows: number }): Promise<string>;
  label: string;
  /** Accessible name of the find field. */
  findLabel: string;
  onExit(exitCode: number | null): void;
}

/**
 * xterm.js on a session that lives in main. The terminal is fitted before the session starts, and every layout
 * change is sent on, so the shell always knows its real size. Copy/paste as in a desktop terminal.
 */
export function TerminalView({ sessionId, open, label, findLabel, onExit }: TerminalViewProps) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const finder = useRef<SearchAddon | null>(null);
  const terminal = useRef<Terminal | null>(null);
  const screenReader = useTerminalScreenReader();
  const callbacks = useRef({ open, onExit });
  useEffect(() => { callbacks.current = { open, onExit }; }, [open, onExit]);
  const initialSession = useRef(sessionId);

  useEffect(() => {
    const element = host.current!;
    const term = new Terminal({
      fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 13, scrollback: 10_000, allowProposedApi: true,
    });
    terminal.current = term;
    const fit = new FitAddon();
    term.loadAddon(fit);
    finder.current = new SearchAddon();
    term.loadAddon(finder.current);
    term.loadAddon(new WebLinksAddon((_event, uri) => window.open(uri, '_blank', 'noopener')));
    term.open(element);
    try {
      term.loadAddon(new WebglAddon());
    } catch {
      // no WebGL here: the DOM renderer stays
    }
    fit.fit();
    const showSize = () => { element.dataset.cols = String(term.cols); element.dataset.rows = String(term.rows); };
    showSize();
    // Counts output written to the screen: something tests and benchmarks can wait on (WebGL draws on a canvas, and the
    // screen-reader copy, when on, is updated at most once a second).
    let written = 0;
    term.onWriteParsed(() => { element.dataset.written = String(++written); });
    const stopBlinking = blinkWhileActive(term);

    let id: string | null = null;
    let closed = false;
    let sub: { unsubscribe(): void } | null = null;
    const paste = () => void navigator.clipboard.readText().then((text) => text && term.paste(text), () => undefined);
    term.attachCustomKeyEventHandler((e) => {
      if (e.type !== 'keydown') return true;
      const mod = isMac ? e.metaKey : e.ctrlKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'c' && (term.hasSelection() || e.shiftKey)) {
        void navigator.clipboard.writeText(term.getSelection());
        e.preventDefault();
        return false;
      }
      // The way out of a terminal from the keyboard (a shell takes every other key): Ctrl/Cmd+Shift+K goes to the page,
      // which opens the command palette. A terminal cannot tell it from Ctrl+K anyway.
      if (mod && e.shiftKey && key === 'k') return false;
      if ((mod && key === 'v') || (e.shiftKey && e.key === 'Insert')) {
        e.preventDefault(); // no ^V to the shell, and no second paste from the browser's own event
        paste();
        return false;
      }
      return true;
    });
    const onContextMenu = (e: MouseEvent) => { e.preventDefault(); paste(); };
    element.addEventListener('contextmenu', onContextMenu);
    term.onData((data) => { if (id) void api.terminal.write.mutate({ engine: currentEngine(), sessionId: id, data, binary: false }); });
    term.onBinary((data) => { if (id) void api.terminal.write.mutate({ engine: currentEngine(), sessionId: id, data, binary: true }); });
    term.onResize(({ cols, rows }) => { showSize(); if (id) void api.terminal.resize.mutate({ engine: currentEngine(), sessionId: id, cols, rows }); });
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => { if (element.clientWidth > 0) fit.fit(); });
    });
    observer.observe(element);

    const existing = initialSession.current;
    void (async () => {
      id = existing ?? (await callbacks.current.open({ cols: term.cols, rows: term.rows }).catch(() => null));
      if (!id || closed) return;
      if (existing) void api.terminal.resize.mutate({ engine: currentEngine(), sessionId: id, cols: term.cols, rows: term.rows });
      sub = api.terminal.output.subscribe({ engine: currentEngine(), sessionId: id }, {
        onData: (event) => {
          if (event.type === 'output') term.write(bytes(event.data));
          else callbacks.current.onExit(event.exitCode);
        },
      });
      term.focus();
    })();
    return () => {
      closed = true;
      sub?.unsubscribe();
      observer.disconnect();
      cancelAnimationFrame(frame);
      element.removeEventListener('contextmenu', onContextMenu);
      stopBlinking();
      term.dispose();
      terminal.current = null;
    };
  }, []);

  useEffect(() => { terminal.current?.textarea?.setAttribute('aria-label', label); }, [label]);

  // screenReaderMode keeps a text copy of the screen for assistive tech (the WebGL renderer draws on a canvas). It is
  // not on by default: its live region changes on every key, which takes the frame the echo would have been drawn in.
  // A screen reader can start while a shell is open, so it is switched on the live terminal.
  useEffect(() => { if (terminal.current) terminal.current.options.screenReaderMode = screenReader; }, [screenReader]);

  return (
    <>
      <div className="terminal-find">
        <input type="search" aria-label={findLabel} placeholder={t('shell.findPlaceholder')} spellCheck={false}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            const text = e.currentTarget.value;
            if (e.shiftKey) finder.current?.findPrevious(text);
            else finder.current?.findNext(text);
          }} />
      </div>
      <div ref={host} className="terminal-host" />
    </>
  );
}
