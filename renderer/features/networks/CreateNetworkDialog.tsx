import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateNetworkInput, NETWORK_DRIVERS } from '../../../shared/networks';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { checkForm, pairsOf, type FieldErrors } from '../../ui/form-check';
import { notify } from '../../ui/notices-store';
import { useSubmit } from '../../ui/use-submit';

type Text = 'name' | 'subnet' | 'gateway' | 'ipRange' | 'subnet6' | 'gateway6' | 'labels';
type Flag = 'ipv6' | 'internal' | 'attachable';
interface Form { text: Record<Text, string>; driver: (typeof NETWORK_DRIVERS)[number]; flags: Record<Flag, boolean> }

/**
 * `docker network create`: driver, an IPv4 subnet with its gateway and range, with IPv6 on an IPv6 subnet and gateway (an
 * overlap with another network is named), flags, labels.
 */
export function CreateNetworkDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>({
    text: { name: '', subnet: '', gateway: '', ipRange: '', subnet6: '', gateway6: '', labels: '' }, driver: 'bridge', flags: { ipv6: false, internal: false, attachable: false },
  });
  const [errors, setErrors] = useState<FieldErrors<Text>>({});
  const { busy, failure, submit: send } = useSubmit(setErrors);
  const edit = (field: Text, value: string) => {
    setForm((f) => ({ ...f, text: { ...f.text, [field]: value } }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = async () => {
    const found: FieldErrors<Text> = {};
    const { name, subnet, gateway, ipRange, subnet6, gateway6, labels } = form.text;
    // The IPv6 fields are kept while IPv6 is off, but not sent.
    const v6 = form.flags.ipv6 ? { subnet6: subnet6.trim(), gateway6: gateway6.trim() } : { subnet6: '', gateway6: '' };
    const { errors: all, input } = checkForm(CreateNetworkInput, {
      name: name.trim(), driver: form.driver, subnet: subnet.trim(), gateway: gateway.trim(), ipRange: ipRange.trim(), ...v6, ...form.flags, labels: pairsOf('labels', labels, found),
    }, found);
    setErrors(all);
    if (!input) return;
    await send(async () => {
      await api.networks.create.mutate({ engine: currentEngine(), ...input });
      notify('info', t('networks.created', { name: input.name }));
      onClose();
    });
  };
  const field = (name: Text, hint?: string) => (
    <Field label={t(`networks.fields.${name}`)} hint={hint} error={errors[name] ? translate(t, errors[name]) : undefined}>
      {name === 'labels'
        ? <textarea rows={2} value={form.text[name]} spellCheck={false} onChange={(e) => edit(name, e.target.value)} />
        : <input value={form.text[name]} spellCheck={false} data-autofocus={name === 'name' ? true : undefined} onChange={(e) => edit(name, e.target.value)} />}
    </Field>
  );
  return (
    <Dialog title={t('networks.createTitle')} onClose={onClose} onSubmit={() => void submit()} wide
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary" disabled={busy}>{t('networks.createSubmit')}</button></>}>
      {field('name')}
      <Field label={t('networks.fields.driver')}>
        <select value={form.driver} onChange={(e) => setForm((f) => ({ ...f, driver: e.target.value as Form['driver'] }))}>
          {NETWORK_DRIVERS.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
      </Field>
      {field('subnet', t('networks.subnetHint'))}
      {field('gateway')}
      {field('ipRange')}
      <fieldset className="checks">
        <legend>{t('networks.fields.options')}</legend>
        {(['internal', 'attachable', 'ipv6'] as const).map((flag) => (
          <label key={flag} className="check">
            <input type="checkbox" checked={form.flags[flag]} onChange={(e) => setForm((f) => ({ ...f, flags: { ...f.flags, [flag]: e.target.checked } }))} />
            {t(`networks.fields.${flag}`)}
          </label>
        ))}
      </fieldset>
      {form.flags.ipv6 && <>{field('subnet6', t('networks.subnet6Hint'))}{field('gateway6')}</>}
      {field('labels', t('volumes.pairsHint'))}
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}
