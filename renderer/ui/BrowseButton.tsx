import { useTranslation } from 'react-i18next';
import type { PathRequest } from '../../shared/host';
import { api } from '../app/api-client';
import { useHostFeatures } from '../app/host-features';

interface BrowseButtonProps {
  kind: PathRequest['kind'];
  /** The path typed so far: where the dialog opens. */
  value: string;
  onPick(path: string): void;
  disabled?: boolean;
  /** Where one field has two (a file, a folder): what each picks. */
  label?: string;
}

/** "Browse…" beside a path field, where the shell has native file dialogs (the desktop app); nothing in a browser page. */
export function BrowseButton({ kind, value, onPick, disabled, label }: BrowseButtonProps) {
  const { t } = useTranslation();
  const features = useHostFeatures();
  if (!features?.pickPath) return null;
  const browse = () => void api.host.pickPath.mutate({ kind, defaultPath: value.trim() || undefined })
    .then((path) => path && onPick(path), () => undefined);
  return <button type="button" disabled={disabled} onClick={browse}>{label ?? t('common.browse')}</button>;
}
