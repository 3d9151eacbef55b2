import type { EngineSpec } from '../../../shared/engine';
import { BerthError, type ErrorData } from '../../../shared/errors';
import { CAPS, readBoundedFile } from '../fs/bounded-read';

/** The files an engine's form names, by field. */
export type SpecFiles = Partial<Record<'ca' | 'cert' | 'key' | 'identityFile', Buffer>>;

const PEM = /-----BEGIN [A-Z0-9 ]+-----/;

/** Which files a spec uses: the TLS material of a TLS engine (the CA only when it is checked), an SSH engine's key. */
function namedFiles(spec: EngineSpec): [keyof SpecFiles, string][] {
  if (spec.kind === 'tcp' && spec.tls) {
    return ([['ca', spec.verify ? spec.ca : ''], ['cert', spec.cert], ['key', spec.key]] as [keyof SpecFiles, string][]).filter(([, file]) => file);
  }
  return spec.kind === 'ssh' && spec.identityFile ? [['identityFile', spec.identityFile]] : [];
}

/**
 * Reads every file the form names as Berth will connect with it — a regular PEM file of at most CAPS.pem — before an
 * engine is tested, saved or written as a context, so that a bad path is refused at its field (and never saved to be
 * read again at every start). Every field's problem is given at once.
 */
export async function readSpecFiles(spec: EngineSpec): Promise<SpecFiles> {
  const files: SpecFiles = {};
  const fields: NonNullable<ErrorData['fields']> = {};
  await Promise.all(namedFiles(spec).map(async ([field, file]) => {
    try {
      const bytes = await readBoundedFile(file, { maxBytes: CAPS.pem, field });
      if (!PEM.test(bytes.toString('latin1', 0, Math.min(bytes.length, 4096)))) fields[field] = { key: 'validation.file.notPem', params: { value: file } };
      else files[field] = bytes;
    } catch (err) {
      const at = err instanceof BerthError ? err.data.fields?.[field] : undefined;
      if (!at) throw err;
      fields[field] = at;
    }
  }));
  if (Object.keys(fields).length) throw new BerthError({ code: 'INVALID_INPUT', fields });
  return files;
}
