import { json, jsonParseLinter } from '@codemirror/lang-json';
import { linter, lintGutter } from '@codemirror/lint';
import { jsonSchema } from 'codemirror-json-schema';
import { useMemo } from 'react';
import { daemonJsonSchema, type EngineOs } from '../../../shared/daemon/daemon-schema';
import CodeEditor from '../../ui/CodeEditor';

interface RawEditorProps {
  text: string;
  os: EngineOs;
  label: string;
  onChange(text: string): void;
}

/** daemon.json with the schema for the engine's OS: validation, completion and key docs on hover. Loaded only when the raw view opens. */
export function RawEditor({ text, os, label, onChange }: RawEditorProps) {
  const extensions = useMemo(() => [json(), linter(jsonParseLinter()), lintGutter(), jsonSchema(daemonJsonSchema(os) as Parameters<typeof jsonSchema>[0])], [os]);
  return <CodeEditor text={text} label={label} extensions={extensions} onChange={onChange} />;
}
