import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostKey } from '../../../shared/errors';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';

/**
 * First contact with an SSH host: its key's fingerprint, how to check it, and one button to trust it. Nothing is trusted
 * until the user says so; a changed key never gets this prompt (it is refused with its own message).
 */
export function HostKeyPrompt({ hostKey, onTrusted }: { hostKey: HostKey; onTrusted(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const trust = (): void => {
    api.engines.trustHostKey.mutate(hostKey).then(onTrusted, (err: unknown) => setError(describeError(t, errorData(err))));
  };
  // ssh-ed25519 → ed25519, ecdsa-sha2-nistp256 → ecdsa, ssh-rsa → rsa: the host's key file is named so.
  const short = hostKey.type.replace(/^ssh-/, '').replace(/^ecdsa-.*/, 'ecdsa');
  return (
    <div className="callout host-key" role="group" aria-label={t('engine.hostKey.title', { host: hostKey.host })}>
      <strong>{t('engine.hostKey.title', { host: hostKey.host })}</strong>
      <p>{t('errors.ssh.hostUnknown', { host: hostKey.host, type: hostKey.type, fingerprint: hostKey.fingerprint })}</p>
      <p className="muted">{t('engine.hostKey.check', { short })}</p>
      <button type="button" className="primary" onClick={trust}>{t('engine.hostKey.trust')}</button>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
