import { Ajv, type ValidateFunction } from 'ajv';
import type { Problem } from '../../../shared/daemon/daemon-api';
import { type DaemonConfig, formFromConfig, validateDaemonForm } from '../../../shared/daemon/daemon-form';
import { compatProblems, type EngineFacts, unknownKeys } from '../../../shared/daemon/daemon-rules';
import { daemonJsonSchema, type EngineOs } from '../../../shared/daemon/daemon-schema';

const validators = new Map<EngineOs, ValidateFunction>();
function schemaValidator(os: EngineOs): ValidateFunction {
  let validate = validators.get(os);
  if (!validate) {
    validate = new Ajv({ allErrors: true, strict: false }).compile(daemonJsonSchema(os));
    validators.set(os, validate);
  }
  return validate;
}

const error = (key: string, messageKey: string, params?: Record<string, string>): Problem =>
  ({ key, message: { key: messageKey, params }, severity: 'error' });

/**
 * Everything Berth can tell about a daemon.json before the engine sees it: the schema for the engine's OS, the
 * form rules (mirror URLs, insecure registries, …), what this engine version refuses, and keys it does not know.
 */
export function checkDaemonConfig(config: DaemonConfig, engine: EngineFacts | null): Problem[] {
  const os = engine?.os ?? 'linux';
  const validate = schemaValidator(os);
  const problems: Problem[] = [];
  if (!validate(config)) {
    for (const e of validate.errors ?? []) {
      const where = e.instancePath.split('/').filter(Boolean).join('.') || e.params.additionalProperty || 'json';
      problems.push(error(String(where), 'validation.daemon.schema', { path: String(where), detail: e.message ?? '' }));
    }
  }
  for (const [key, message] of Object.entries(validateDaemonForm(formFromConfig(config)))) {
    if (message) problems.push({ key, message, severity: 'error' });
  }
  if (engine) {
    for (const p of compatProblems(config, engine)) problems.push({ ...p, severity: 'error' });
  } else {
    problems.push({ key: 'engine', message: { key: 'validation.daemon.engineUnknown' }, severity: 'warning' });
  }
  for (const key of unknownKeys(config, os)) {
    problems.push({ key, message: { key: 'validation.daemon.unknownKey', params: { key } }, severity: 'warning' });
  }
  return problems;
}
