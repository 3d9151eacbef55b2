import './logs.css';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { collator } from '../../ui/format';
import { useContainers } from '../containers/containers-store';
import { LogView } from './LogView';

/** The merged logs of a compose project's containers, in a window of their own. */
export function ProjectLogWindow({ project }: { project: string }) {
  const { t } = useTranslation();
  const byId = useContainers((s) => s.byId);
  const loaded = useContainers((s) => s.loaded);
  const sources = useMemo(() => Object.values(byId).filter((c) => c.composeProject === project)
    .sort((a, b) => collator.compare(a.name, b.name)).map((c) => ({ id: c.id, name: c.composeService ?? c.name })), [byId, project]);
  const key = sources.map((s) => s.id).join();
  useEffect(() => {
    document.title = t('logs.windowTitle', { name: project });
  }, [project, t]);
  return (
    <main id="main" className="log-window">
      {loaded && sources.length === 0 && <p className="empty">{t('logs.noProjectContainers', { project })}</p>}
      {sources.length > 0 && <LogView key={key} sources={sources} name={project} clearKey={`project:${project}`} standalone />}
    </main>
  );
}
