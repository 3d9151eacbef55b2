import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DaemonField, FieldErrors, TriState } from '../../../shared/daemon/daemon-form';
import { parseInsecureRegistry } from '../../../shared/daemon/registry-address';
import { engineMajor } from '../../../shared/daemon/daemon-rules';
import { translate } from '../../ui/api-error';
import { Field } from '../../ui/Field';
import { editForm, useDaemonDraft } from './daemon-draft-store';
import { ListEditor } from './ListEditor';

type TriField = 'liveRestore' | 'buildkit' | 'builderGc';
type TextField = Exclude<DaemonField, 'registryMirrors' | 'insecureRegistries' | TriField>;

function TextInput({ field, errors, multiline, placeholder }: { field: TextField; errors: FieldErrors; multiline?: boolean; placeholder?: string }) {
  const { t } = useTranslation();
  const value = useDaemonDraft((s) => s.form[field]);
  const error = errors[field];
  const onChange = (e: { target: { value: string } }) => editForm({ [field]: e.target.value });
  return (
    <Field label={t(`daemon.fields.${field}`)} hint={t(`daemon.hints.${field}`)} error={error && translate(t, error)}>
      {multiline ? <textarea rows={2} value={value} placeholder={placeholder} onChange={onChange} spellCheck={false} /> : <input value={value} placeholder={placeholder} onChange={onChange} spellCheck={false} />}
    </Field>
  );
}

function TriSelect({ field }: { field: TriField }) {
  const { t } = useTranslation();
  const value = useDaemonDraft((s) => s.form[field]);
  return (
    <Field label={t(`daemon.fields.${field}`)} hint={t(`daemon.hints.${field}`)}>
      <select value={value} onChange={(e) => editForm({ [field]: e.target.value as TriState })}>
        {(['unset', 'true', 'false'] as const).map((v) => <option key={v} value={v}>{t(`daemon.tri.${v}`)}</option>)}
      </select>
    </Field>
  );
}

interface RegistryListProps {
  field: 'registryMirrors' | 'insecureRegistries';
  /** Where its text lives: `daemon.<prefix>.title`, `.hint`, `.item`, `.add`. */
  prefix: 'mirrors' | 'insecure';
  placeholder: string;
  errors: FieldErrors;
  disabled: boolean;
  notes?: (string | undefined)[];
  extra?: ComponentProps<typeof ListEditor>['extra'];
  children?: ReactNode;
}

/** A titled list of registry addresses in the form; each entry's error shows beside it. */
export function RegistryListSection({ field, prefix, placeholder, errors, disabled, notes, extra, children }: RegistryListProps) {
  const { t } = useTranslation();
  const entries = useDaemonDraft((s) => s.form[field]);
  const title = t(`daemon.${prefix}.title`);
  return (
    <section aria-labelledby={`${prefix}-title`} className="settings-section">
      <h3 id={`${prefix}-title`}>{title}</h3>
      <p className="hint">{t(`daemon.${prefix}.hint`)}</p>
      <ListEditor title={title} items={entries} disabled={disabled} onChange={(items) => editForm({ [field]: items })}
        itemLabel={(n) => t(`daemon.${prefix}.item`, { n })} addLabel={t(`daemon.${prefix}.add`)} placeholder={placeholder}
        errors={entries.map((_, i) => { const e = errors[`${field}.${i}`]; return e && translate(t, e); })} notes={notes} extra={extra} />
      {children}
    </section>
  );
}

export function InsecureSection({ errors, disabled }: { errors: FieldErrors; disabled: boolean }) {
  const { t } = useTranslation();
  const entries = useDaemonDraft((s) => s.form.insecureRegistries);
  return (
    <RegistryListSection field="insecureRegistries" prefix="insecure" placeholder="registry.local:5000" errors={errors} disabled={disabled}
      notes={entries.map((entry) => { const r = parseInsecureRegistry(entry); return r.ok && r.value.note ? t('daemon.insecure.schemeStripped', { value: r.value.value }) : undefined; })} />
  );
}

/** The `proxies` key needs Engine 23; older engines get the systemd drop-in that does the same. */
export function ProxySection({ errors, disabled }: { errors: FieldErrors; disabled: boolean }) {
  const { t } = useTranslation();
  const engine = useDaemonDraft((s) => s.file?.engine);
  const form = useDaemonDraft((s) => s.form);
  const tooOld = !!engine && engineMajor(engine.version) < 23;
  const dropIn = ['[Service]', form.httpProxy && `Environment="HTTP_PROXY=${form.httpProxy}"`, form.httpsProxy && `Environment="HTTPS_PROXY=${form.httpsProxy}"`,
    form.noProxy && `Environment="NO_PROXY=${form.noProxy}"`].filter(Boolean).join('\n');
  return (
    <section aria-labelledby="proxies-title" className="settings-section">
      <h3 id="proxies-title">{t('daemon.proxies.title')}</h3>
      <p className="hint">{t('daemon.proxies.hint')}</p>
      <fieldset disabled={disabled} className="plain">
        <TextInput field="httpProxy" errors={errors} placeholder="http://proxy.example:3128" />
        <TextInput field="httpsProxy" errors={errors} placeholder="http://proxy.example:3128" />
        <TextInput field="noProxy" errors={errors} placeholder="localhost,127.0.0.1,.corp" />
      </fieldset>
      {tooOld && (
        <div className="callout" role="note">
          <p>{t('daemon.proxies.tooOld', { version: engine.version })}</p>
          <p>{t('daemon.proxies.dropIn')}</p>
          <pre aria-label={t('daemon.proxies.dropInFile')}>{`# /etc/systemd/system/docker.service.d/http-proxy.conf\n${dropIn}`}</pre>
          <p><code>sudo systemctl daemon-reload && sudo systemctl restart docker</code></p>
        </div>
      )}
    </section>
  );
}

export function AdvancedSection({ errors, disabled }: { errors: FieldErrors; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="advanced-title" className="settings-section">
      <h3 id="advanced-title">{t('daemon.advanced.title')}</h3>
      <fieldset disabled={disabled} className="plain">
        <TextInput field="dataRoot" errors={errors} placeholder="/var/lib/docker" />
        <TextInput field="logDriver" errors={errors} placeholder="json-file" />
        <TextInput field="logMaxSize" errors={errors} placeholder="10m" />
        <TextInput field="logMaxFile" errors={errors} placeholder="3" />
        <TextInput field="dns" errors={errors} multiline />
        <TextInput field="addressPools" errors={errors} multiline />
        <TriSelect field="liveRestore" />
        <TriSelect field="buildkit" />
        <TriSelect field="builderGc" />
        <TextInput field="builderKeepStorage" errors={errors} placeholder="20GB" />
      </fieldset>
      <p className="hint">{t('daemon.advanced.rawHint')}</p>
    </section>
  );
}
