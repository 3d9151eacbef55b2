import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../shared/containers';
import { useNow } from '../../ui/use-now';
import { containerStatus } from './container-status';

/**
 * "Up 3 minutes": the only part of a row that moves with the clock. On its own, a tick re-renders these texts and not
 * the table, and a filter keystroke that keeps a row's container skips its text.
 */
export const StatusText = memo(function StatusText({ container }: { container: ContainerSummary }) {
  const { t } = useTranslation();
  return <>{containerStatus(t, container, useNow())}</>;
});
