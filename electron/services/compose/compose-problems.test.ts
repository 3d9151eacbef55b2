import { describe, expect, it } from 'vitest';
import { composeProblems } from './compose-problems';

// Recorded from Debian's docker-compose 1.29.2 (`docker-compose -f bad-key.yml config`).
const V1_BAD_KEY = `The Compose file './bad-key.yml' is invalid because:
Unsupported config option for services.web: 'foo'
services.worker.ports contains an invalid type, it should be an array`;
const V1_BAD_INDENT = `yaml.scanner.ScannerError: mapping values are not allowed here
  in "./bad-indent.yml", line 4, column 11`;
// v2's words for the same (compose-go's schema validation), as its source writes them.
const V2_BAD_KEY = "validating /srv/shop/compose.yaml: services.web additional properties 'foo' not allowed";

const BAD_KEY = 'services:\n  web:\n    image: busybox\n    foo: 1\n  worker:\n    image: busybox\n    ports: 12\n';

describe('compose problems at their lines', () => {
  it('v1: an unknown key and a wrong type, found by the key path compose names', () => {
    expect(composeProblems(BAD_KEY, V1_BAD_KEY)).toEqual([
      { line: 4, message: "Unsupported config option for services.web: 'foo'" },
      { line: 7, message: 'services.worker.ports contains an invalid type, it should be an array' },
    ]);
  });

  it('v1: the scanner’s own "line N" joins the message before it', () => {
    expect(composeProblems('', V1_BAD_INDENT)).toEqual([{ line: 4, message: 'yaml.scanner.ScannerError: mapping values are not allowed here' }]);
  });

  it('v2: go-yaml’s "line N", and the key path with the quoted key', () => {
    expect(composeProblems('', 'yaml: line 4: mapping values are not allowed in this context')).toEqual([{ line: 4, message: 'yaml: line 4: mapping values are not allowed in this context' }]);
    expect(composeProblems(BAD_KEY, V2_BAD_KEY)).toEqual([{ line: 4, message: V2_BAD_KEY }]);
  });

  it('a message with no place in the file has no line', () => {
    expect(composeProblems(BAD_KEY, 'ERROR: Couldn’t connect to Docker daemon')).toEqual([{ line: null, message: 'Couldn’t connect to Docker daemon' }]);
  });
});
