import { createTwoFilesPatch } from 'diff';
import type { ApplyEvent, ApplyInput, ApplyPlan, EngineControl, Problem } from '../../../shared/daemon/daemon-api';
import { type DaemonConfig, parseConfigText } from '../../../shared/daemon/daemon-form';
import { applyMode, changedKeys, type EngineFacts } from '../../../shared/daemon/daemon-rules';
import type { BackupStore } from './backup-store';
import { checkDaemonConfig } from './daemon-check';
import { duplicateKeys } from '../../../shared/daemon/duplicate-keys';
import type { CommandResult } from './engine-control';
import { engineErrorText, newLogLines } from './engine-log';
import { type EngineProbe, verifyEngine } from './engine-verify';

export interface ApplyDeps {
  file: string;
  control: EngineControl;
  engine: EngineFacts | null;
  backups: BackupStore;
  verifyTimeoutMs: number;
  /** The file's text, null when it does not exist. */
  readText(): Promise<string | null>;
  /** Replaces the file atomically (null: removes it). */
  writeText(text: string | null): Promise<void>;
  run(command: string): Promise<CommandResult>;
  /** Runs the `validate` command on the candidate text. */
  validateText(command: string, text: string): Promise<CommandResult>;
  probe: EngineProbe;
}

const fatal = (key: string, messageKey: string, params?: Record<string, string>): Problem =>
  ({ key, message: { key: messageKey, params }, severity: 'error' });

export const unifiedDiff = (file: string, before: string, after: string): string =>
  createTwoFilesPatch(file, file, before, after, 'current', 'new', { context: 3 });

interface Planned { plan: ApplyPlan; current: string | null; config: DaemonConfig; before: DaemonConfig }

/** Validation, diff and the way to apply, computed before anything is written. */
export async function planApply(deps: ApplyDeps, input: ApplyInput): Promise<Planned> {
  const current = await deps.readText();
  const problems: Problem[] = [];
  let canApply = true;
  if ((current ?? '') !== input.basedOn) {
    problems.push(fatal('file', 'validation.daemon.changedOnDisk', { file: deps.file }));
    canApply = false;
  }
  const parsed = parseConfigText(input.text);
  const before = parseConfigText(current ?? '');
  const config = parsed.ok ? parsed.config : {};
  if (!parsed.ok) {
    problems.push(fatal('json', 'validation.daemon.syntax', { detail: parsed.error }));
    canApply = false;
  } else {
    problems.push(...checkDaemonConfig(config, deps.engine));
    for (const key of duplicateKeys(input.text)) {
      problems.push(fatal(key, 'validation.daemon.duplicateKey', { key }));
      canApply = false;
    }
  }
  const beforeConfig = before.ok ? before.config : {};
  const changed = parsed.ok ? changedKeys(beforeConfig, config) : [];
  let mode = applyMode(changed, config);
  const noReloadCommand = mode === 'reload' && !deps.control.reload;
  if (noReloadCommand) mode = 'restart';
  if (mode === 'restart' && !deps.control.restart) {
    problems.push(fatal('engine', 'validation.daemon.noRestart'));
    canApply = false;
  }
  const diff = unifiedDiff(deps.file, current ?? '', input.text);
  return { plan: { problems, canApply, mode, noReloadCommand, changed, diff, liveRestore: beforeConfig['live-restore'] === true }, current, config, before: beforeConfig };
}

const step = (name: Extract<ApplyEvent, { type: 'step' }>['step'], state: Extract<ApplyEvent, { type: 'step' }>['state'], extra: Partial<Extract<ApplyEvent, { type: 'step' }>> = {}): ApplyEvent =>
  ({ type: 'step', step: name, state, ...extra });

/**
 * validate → diff → backup → write → reload or restart → verify, and on failure restore the backup, apply it
 * again and report the engine's own words. Every step is streamed as it happens.
 */
export async function* applyDaemonConfig(deps: ApplyDeps, input: ApplyInput): AsyncGenerator<ApplyEvent> {
  yield step('validate', 'running');
  const { plan, current, config, before } = await planApply(deps, input);
  yield { type: 'problems', problems: plan.problems };
  const errors = plan.problems.some((p) => p.severity === 'error');
  if (!plan.canApply || (errors && !input.overrideValidation)) {
    yield step('validate', 'failed');
    yield { type: 'done', outcome: 'refused' };
    return;
  }
  if (deps.control.validate) {
    const checked = await deps.validateText(deps.control.validate, input.text);
    if (!checked.ok && !input.overrideValidation) {
      yield step('validate', 'failed', { output: checked.output });
      yield { type: 'done', outcome: 'refused', engineError: checked.output };
      return;
    }
  }
  yield step('validate', 'done', deps.control.validate ? {} : { message: { key: 'daemon.steps.noValidateCommand' } });
  yield { type: 'plan', diff: plan.diff, changed: plan.changed, mode: plan.mode };
  yield step('diff', 'done');
  if ((current ?? '') === input.text) {
    yield { type: 'done', outcome: 'unchanged' };
    return;
  }

  const backupId = await deps.backups.save(current);
  yield step('backup', 'done', { output: backupId });
  await deps.writeText(input.text);
  yield step('write', 'done');

  const command = plan.mode === 'reload' ? deps.control.reload : plan.mode === 'restart' ? deps.control.restart : null;
  if (!command) {
    yield step('apply', 'skipped');
    yield step('verify', 'skipped');
    yield { type: 'done', outcome: 'applied', backupId };
    return;
  }
  const logBefore = deps.control.log ? (await deps.run(deps.control.log)).output : '';
  yield step('apply', 'running', { message: { key: `daemon.steps.${plan.mode}` } });
  const applied = await deps.run(command);
  yield step('apply', applied.ok ? 'done' : 'failed', { output: applied.output });
  yield step('verify', 'running');
  const verified = applied.ok && (await verifyEngine(deps.probe, config, plan.mode, deps.verifyTimeoutMs));
  if (verified === true) {
    yield step('verify', 'done');
    yield { type: 'done', outcome: 'applied', backupId };
    return;
  }
  const logAfter = deps.control.log ? (await deps.run(deps.control.log)).output : '';
  const engineError = engineErrorText(newLogLines(logBefore, logAfter)) || (applied.ok ? '' : applied.output);
  yield step('verify', 'failed', { message: verified || undefined, output: engineError || undefined });

  yield step('rollback', 'running');
  await deps.writeText(current);
  const restored = await deps.run(command);
  const back = restored.ok && (await verifyEngine(deps.probe, before, plan.mode, deps.verifyTimeoutMs));
  yield step('rollback', back === true ? 'done' : 'failed', back === true ? {} : { message: back || undefined, output: restored.output || undefined });
  yield { type: 'done', outcome: back === true ? 'rolledBack' : 'failed', engineError, backupId };
}
