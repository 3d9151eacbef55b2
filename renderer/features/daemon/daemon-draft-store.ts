import { create } from 'zustand';
import type { DaemonFile } from '../../../shared/daemon/daemon-api';
import { applyFormToText, type DaemonForm, formFromConfig, parseConfigText } from '../../../shared/daemon/daemon-form';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';

interface DraftState {
  file: DaemonFile | null;
  loadError: unknown;
  /** The text the form's edits are applied to: the file, or the raw editor's last text that parsed. */
  baseText: string;
  /** What Apply sends. */
  text: string;
  form: DaemonForm;
  /** Set while the raw text is not valid JSON: the form is read-only until it is. */
  rawError: string | null;
}

/**
 * One draft of daemon.json shared by the form and the raw editor: a form edit is applied to the text as a minimal
 * textual edit, a raw edit that parses refreshes the form. Nothing reaches the disk until Apply.
 */
export const useDaemonDraft = create<DraftState>(() => ({
  file: null, loadError: null, baseText: '', text: '', form: formFromConfig({}), rawError: null,
}));

export async function loadDaemonFile(): Promise<void> {
  try {
    const file = await api.daemon.file.query({ engine: currentEngine() });
    const parsed = parseConfigText(file.text);
    useDaemonDraft.setState({
      file, loadError: null, baseText: file.text, text: file.text,
      form: formFromConfig(parsed.ok ? parsed.config : {}), rawError: parsed.ok ? null : parsed.error,
    });
  } catch (err) {
    useDaemonDraft.setState({ loadError: err });
  }
}

export function editForm(patch: Partial<DaemonForm>): void {
  const { baseText, form, rawError } = useDaemonDraft.getState();
  if (rawError) return;
  const next = { ...form, ...patch };
  useDaemonDraft.setState({ form: next, text: applyFormToText(baseText, next) });
}

export function editText(text: string): void {
  const parsed = parseConfigText(text);
  if (!parsed.ok) {
    useDaemonDraft.setState({ text, rawError: parsed.error });
    return;
  }
  useDaemonDraft.setState({ text, baseText: text, form: formFromConfig(parsed.config), rawError: null });
}

export const isDirty = (s: DraftState): boolean => !!s.file && s.text !== s.file.text;
