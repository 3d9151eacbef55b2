import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { electronScreenReader } from './screen-reader';

// Electron's app is absent here: an emitter with its accessibility surface stands in for it.
describe('the desktop screen reader report', () => {
  it('reads Chromium’s accessibility support and follows its change event', () => {
    const app = Object.assign(new EventEmitter(), { enabled: false, isAccessibilitySupportEnabled() { return this.enabled; } });
    const source = electronScreenReader(app);
    expect(source.current()).toBe(false);
    const seen: boolean[] = [];
    const unsubscribe = source.subscribe((on) => seen.push(on));
    app.enabled = true;
    app.emit('accessibility-support-changed', {}, true);
    expect([source.current(), seen]).toEqual([true, [true]]);
    unsubscribe();
    expect(app.listenerCount('accessibility-support-changed')).toBe(0);
  });
});
