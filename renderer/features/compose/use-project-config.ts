import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeConfig, ProjectInput } from '../../../shared/compose';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';
import { describeError, errorData, translate } from '../../ui/api-error';

/** The project as compose resolves it from its files (asked again when `version` moves: after a save). */
export function useProjectConfig(project: ProjectInput | null, version: number): { config: ComposeConfig | null; error: string } {
  const { t } = useTranslation();
  const engine = useEngineId();
  const [state, setState] = useState<{ key: string; config: ComposeConfig | null; error: string }>({ key: '', config: null, error: '' });
  const key = project?.files.length ? JSON.stringify([engine, project, version]) : '';
  useEffect(() => {
    if (!key || !project) return;
    let live = true;
    api.compose.config.query({ engine, ...project }).then(
      (config) => live && setState({ key, config, error: '' }),
      (err) => {
        const data = errorData(err);
        const field = data.fields?.files;
        if (live) setState({ key, config: null, error: field ? translate(t, field) : describeError(t, data) });
      },
    );
    return () => { live = false; };
    // The key stands for the project and the version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state : { config: null, error: '' };
}
