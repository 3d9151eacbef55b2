import { create } from 'zustand';
import type { EngineStatus } from '../../../shared/engine';
import { api } from '../../app/api-client';

export const useEngine = create<{ status: EngineStatus }>(() => ({ status: { state: 'connecting' } }));

export function followEngineStatus(): void {
  api.engine.status.subscribe(undefined, { onData: (status) => useEngine.setState({ status }) });
}
