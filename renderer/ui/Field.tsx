import { useId, type ReactElement, type ReactNode, cloneElement } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  /** The input; it gets the id, the description and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
  /** A control beside the input (e.g. "Browse…"). */
  action?: ReactNode;
}

/** A labelled input whose error is read out with it and shown where it was typed. */
export function Field({ label, hint, error, children, action }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const input = cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined });
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {action
        ? <div className="field-with-action">{input}{action}</div>
        : input}
      {hint && <small id={hintId} className="hint">{hint}</small>}
      {error && <small id={errorId} className="field-error" role="alert">{error}</small>}
    </div>
  );
}
