import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectInput, type NetworkSummary } from '../../../shared/networks';
import { isCidr } from '../../../shared/parse/parse-cidr';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { checkForm, type FieldErrors } from '../../ui/form-check';
import { notify } from '../../ui/notices-store';
import { useContainers } from '../containers/containers-store';

type Text = 'container' | 'ipv4' | 'alias';

/** `docker network connect`: a container of this engine, optionally a fixed IPv4 address and an alias. */
export function ConnectDialog({ network, onClose }: { network: NetworkSummary; onClose(): void }) {
  const { t } = useTranslation();
  const byId = useContainers((s) => s.byId);
  // The fixed address is an IPv4 one: its hint names the network's IPv4 subnet (a dual-stack network has both).
  const v4 = network.subnets.find((s) => isCidr(s.subnet, 4));
  const [form, setForm] = useState<Record<Text, string>>({ container: '', ipv4: '', alias: '' });
  const [errors, setErrors] = useState<FieldErrors<Text>>({});
  const [failure, setFailure] = useState('');
  const members = new Set(network.containers.map((c) => c.id));
  const choices = Object.values(byId).filter((c) => !members.has(c.id)).map((c) => c.name).sort();
  const submit = async () => {
    const { errors: found, input } = checkForm(ConnectInput, { id: network.id, container: form.container.trim(), ipv4: form.ipv4.trim(), alias: form.alias.trim() });
    setErrors(found);
    if (!input) return;
    try {
      await api.networks.connect.mutate({ engine: currentEngine(), ...input });
      notify('info', t('networks.connected', { container: input.container, network: network.name }));
      onClose();
    } catch (err) {
      setFailure(describeError(t, errorData(err)));
    }
  };
  const field = (name: Text, hint?: string) => (
    <Field label={t(`networks.fields.${name}`)} hint={hint} error={errors[name] ? translate(t, errors[name]) : undefined}>
      <input value={form[name]} list={name === 'container' ? 'connect-containers' : undefined} spellCheck={false} data-autofocus={name === 'container' ? true : undefined}
        onChange={(e) => (setForm((f) => ({ ...f, [name]: e.target.value })), setErrors((x) => ({ ...x, [name]: undefined })))} />
    </Field>
  );
  return (
    <Dialog title={t('networks.connectTitle', { name: network.name })} onClose={onClose} onSubmit={() => void submit()}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary">{t('networks.connect')}</button></>}>
      {field('container')}
      <datalist id="connect-containers">{choices.map((name) => <option key={name} value={name} />)}</datalist>
      {field('ipv4', v4 ? t('networks.ipv4Hint', { subnet: v4.subnet }) : undefined)}
      {field('alias')}
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}
