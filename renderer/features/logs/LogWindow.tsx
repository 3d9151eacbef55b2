import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { LogView } from './LogView';
import { currentEngine } from '../../app/route-store';

/** A log on its own page: opened by "Open in window", following by itself whatever the main window does. */
export function LogWindow({ id }: { id: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState(id.slice(0, 12));
  useEffect(() => {
    api.containers.inspect.query({ engine: currentEngine(), id }).then((d) => setName(d.name), () => undefined);
  }, [id]);
  useEffect(() => {
    document.title = t('logs.windowTitle', { name });
  }, [name, t]);
  return (
    <main id="main" className="log-window">
      <LogView sources={[{ id, name }]} name={name} clearKey={id} standalone />
    </main>
  );
}
