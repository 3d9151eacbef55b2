import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { EditorView, basicSetup } from 'codemirror';
import type { Extension } from '@codemirror/state';
import { useEffect, useRef } from 'react';

const THEME = EditorView.theme({
  '&': { minHeight: '320px', maxHeight: '60vh', backgroundColor: 'var(--panel)', color: 'var(--text)', fontSize: '13px' },
  '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' },
  '.cm-gutters': { backgroundColor: 'var(--bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--row-hover)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--text)', border: '1px solid var(--border)', maxWidth: '420px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
});

/** Token colours from the theme's own, each readable on the panel in every theme (CodeMirror's defaults are not, in dark). */
const HIGHLIGHT = syntaxHighlighting(HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName), tags.keyword], color: 'var(--accent)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--ok)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--paused)' },
  { tag: [tags.comment, tags.meta], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: tags.invalid, color: 'var(--danger)' },
]));

export interface LineProblem { line: number; message: string }

interface CodeEditorProps {
  text: string;
  label: string;
  /** The language, its schema and linters; the editor is made again when these change. */
  extensions: Extension[];
  onChange(text: string): void;
  /** Problems found outside the editor (a check by a tool), marked at their lines until the next edit. */
  problems?: LineProblem[];
}

/**
 * CodeMirror 6, loaded only with the screen that shows it. Text set from outside (a form edit, a reload) replaces the
 * document.
 */
export default function CodeEditor({ text, label, extensions, onChange, problems }: CodeEditorProps) {
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
        basicSetup, HIGHLIGHT, ...extensions, THEME,
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => { if (u.docChanged) changed.current(u.state.doc.toString()); }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is made once per set of extensions; later text arrives through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [extensions, label]);
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== text) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
  }, [text]);
  useEffect(() => {
    const editor = view.current;
    if (!editor || !problems) return;
    const doc = editor.state.doc;
    const marks: Diagnostic[] = problems.filter((p) => p.line >= 1 && p.line <= doc.lines).map((p) => {
      const line = doc.line(p.line);
      return { from: line.from, to: line.to, severity: 'error', message: p.message };
    });
    editor.dispatch(setDiagnostics(editor.state, marks));
  }, [problems]);
  return <div ref={host} className="raw-editor" />;
}
