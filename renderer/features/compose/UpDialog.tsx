import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeConfigService, ProjectInput } from '../../../shared/compose';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

type Pull = 'missing' | 'always' | 'never';

/** `compose up -d` with its choices: build, pull policy, recreate, orphans, some services only. */
export function UpDialog({ project, services, onUp, onClose }: { project: ProjectInput; services: ComposeConfigService[]; onUp(run: { build: boolean; pull: Pull; forceRecreate: boolean; removeOrphans: boolean; services: string[] }): void; onClose(): void }) {
  const { t } = useTranslation();
  const [build, setBuild] = useState(services.some((s) => s.build));
  const [pull, setPull] = useState<Pull>('missing');
  const [forceRecreate, setForceRecreate] = useState(false);
  const [removeOrphans, setRemoveOrphans] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const check = (label: string, value: boolean, set: (v: boolean) => void) => (
    <label className="check"><input type="checkbox" checked={value} onChange={(e) => set(e.target.checked)} />{label}</label>
  );
  return (
    <Dialog title={t('compose.upTitle', { name: project.name })} onClose={onClose}
      onSubmit={() => { onUp({ build, pull, forceRecreate, removeOrphans, services: chosen }); onClose(); }}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary" data-autofocus>{t('compose.upSubmit')}</button></>}>
      {check(t('compose.upBuild'), build, setBuild)}
      <Field label={t('compose.upPull')}>
        <select value={pull} onChange={(e) => setPull(e.target.value as Pull)}>
          {(['missing', 'always', 'never'] as const).map((p) => <option key={p} value={p}>{t(`compose.pullPolicy.${p}`)}</option>)}
        </select>
      </Field>
      {check(t('compose.forceRecreate'), forceRecreate, setForceRecreate)}
      {check(t('compose.removeOrphans'), removeOrphans, setRemoveOrphans)}
      {services.length > 1 && (
        <fieldset className="checks">
          <legend>{t('compose.upServices')}</legend>
          {services.map((s) => check(s.name, chosen.includes(s.name), (on) => setChosen((c) => (on ? [...c, s.name] : c.filter((n) => n !== s.name)))))}
        </fieldset>
      )}
    </Dialog>
  );
}
