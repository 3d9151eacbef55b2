import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

type Images = 'none' | 'local' | 'all';

/** `compose down`: containers and networks, and, if asked, the volumes and images. */
export function DownDialog({ name, onDown, onClose }: { name: string; onDown(run: { volumes: boolean; images: Images; removeOrphans: boolean }): void; onClose(): void }) {
  const { t } = useTranslation();
  const [volumes, setVolumes] = useState(false);
  const [images, setImages] = useState<Images>('none');
  return (
    <Dialog title={t('compose.downTitle', { name })} onClose={onClose}
      onSubmit={() => { onDown({ volumes, images, removeOrphans: true }); onClose(); }}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="danger" data-autofocus>{t('compose.downSubmit')}</button></>}>
      <p>{t('compose.downText')}</p>
      <label className="check"><input type="checkbox" checked={volumes} onChange={(e) => setVolumes(e.target.checked)} />{t('compose.downVolumes')}</label>
      <Field label={t('compose.downImages')}>
        <select value={images} onChange={(e) => setImages(e.target.value as Images)}>
          {(['none', 'local', 'all'] as const).map((i) => <option key={i} value={i}>{t(`compose.images.${i}`)}</option>)}
        </select>
      </Field>
    </Dialog>
  );
}
