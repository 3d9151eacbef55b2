import { lazyOnUse } from '../../ui/lazy-component';

/** The compose editor (CodeMirror and the compose-spec schema), loaded when the file tab or the generate dialog shows it. */
export const ComposeEditor = lazyOnUse(() => import('./ComposeEditor').then((m) => m.ComposeEditor));
