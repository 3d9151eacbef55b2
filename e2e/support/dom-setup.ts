// Component tests (vitest project "component"): English strings, and a clean DOM after each test.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../renderer/i18n/i18n';

await initI18n('en');
afterEach(() => cleanup());
