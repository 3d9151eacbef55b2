import { describe, expect, it } from 'vitest';
import { DESKTOP_CSP, isAppPageUrl, isAppWindowUrl, isSafeExternalUrl, isTrustedSender, rendererIndexUrl, secureWebPreferences } from './window-security';

describe('desktop window security', () => {
  const index = rendererIndexUrl('/opt/berth');
  it('answers IPC only from the app’s own page in the top frame', () => {
    expect(isTrustedSender(`${index}#/containers`, true, index)).toBe(true);
    expect(isTrustedSender(index, false, index)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true, index)).toBe(false);
    expect(isTrustedSender('file:///tmp/other.html', true, index)).toBe(false);
    expect(isTrustedSender(undefined, true, index)).toBe(false);
    expect(isTrustedSender(`${index}.evil.html`, true, index)).toBe(false);
  });
  it('keeps navigations and redirects on the app page exactly, not on a name that starts like it', () => {
    expect(isAppPageUrl(`${index}#/images`, index)).toBe(true);
    expect(isAppPageUrl(`${index}.evil.html`, index)).toBe(false);
    expect(isAppPageUrl(`${index}/../other.html`, index)).toBe(false);
    expect(isAppPageUrl('not a url', index)).toBe(false);
  });
  it('opens only web links externally', () => {
    expect(isSafeExternalUrl('http://localhost:8080')).toBe(true);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });
  it('isolates the renderer', () => {
    expect(secureWebPreferences('/p.js')).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(DESKTOP_CSP).toContain("script-src 'self'");
    expect(DESKTOP_CSP).not.toContain('unsafe');
  });
  it('opens the app’s own pop-out routes as app windows, nothing else', () => {
    const index = rendererIndexUrl('/opt/Berth/resources/app');
    expect(isAppWindowUrl(`${index}#/logs/abc123`, index)).toBe(true);
    expect(isAppWindowUrl(`${index}#/terminal/5f1c-aa`, index)).toBe(true);
    expect(isAppWindowUrl(`${index}#/project-logs/shop`, index)).toBe(true);
    expect(isAppWindowUrl(`${index}#/settings`, index)).toBe(false);
    expect(isAppWindowUrl('https://example.com/#/logs/abc', index)).toBe(false);
    expect(isAppWindowUrl('file:///tmp/evil.html#/logs/abc', index)).toBe(false);
  });
});
