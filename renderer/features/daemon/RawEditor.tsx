import { json, jsonParseLinter } from '@codemirror/lang-json';
import { linter, lintGutter } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import { jsonSchema } from 'codemirror-json-schema';
import { useEffect, useRef } from 'react';
import { daemonJsonSchema, type EngineOs } from '../../../shared/daemon/daemon-schema';

const THEME = EditorView.theme({
  '&': { minHeight: '320px', maxHeight: '60vh', backgroundColor: 'var(--panel)', color: 'var(--text)', fontSize: '13px' },
  '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' },
  '.cm-gutters': { backgroundColor: 'var(--bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--row-hover)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--text)', border: '1px solid var(--border)', maxWidth: '420px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
});

interface RawEditorProps {
  text: string;
  os: EngineOs;
  label: string;
  onChange(text: string): void;
}

/**
 * daemon.json in CodeMirror 6 with the schema for the engine's OS: validation, completion and key docs on hover.
 * Loaded only when the raw view opens. Text set from outside (a form edit) replaces the document.
 */
export default function RawEditor({ text, os, label, onChange }: RawEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  useEffect(() => { changed.current = onChange; }, [onChange]);
  useEffect(() => {
    // CodeMirror injects its styles at run time; our CSP forbids inline <style>, but a shadow root makes it use
    // constructable stylesheets, which CSP allows. Theme colours still come through the inherited CSS variables.
    const shadow = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    shadow.replaceChildren(parent);
    const editor = new EditorView({
      root: shadow,
      parent,
      doc: text,
      extensions: [
        basicSetup, json(), linter(jsonParseLinter()), lintGutter(), jsonSchema(daemonJsonSchema(os) as Parameters<typeof jsonSchema>[0]), THEME,
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => { if (u.docChanged) changed.current(u.state.doc.toString()); }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once per OS; later text arrives through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [os, label]);
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== text) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
  }, [text]);
  return <div ref={host} className="raw-editor" />;
}
