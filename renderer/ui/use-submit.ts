import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, errorData } from './api-error';
import type { FieldErrors } from './form-check';

/**
 * A form dialog's submit: busy while it runs; what main says about a field goes to that field, anything else becomes
 * the one sentence under the form.
 */
export function useSubmit<F extends string>(setErrors: (errors: FieldErrors<F>) => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const submit = async (run: () => Promise<void>) => {
    setBusy(true);
    setFailure('');
    try {
      await run();
    } catch (err) {
      const data = errorData(err);
      if (data.fields) setErrors(data.fields as FieldErrors<F>);
      else setFailure(describeError(t, data));
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, submit };
}
