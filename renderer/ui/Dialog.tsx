import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  title: string;
  onClose(): void;
  /** Enter submits the form, Esc closes: native <dialog> behaviour. */
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  children: ReactNode;
  actions: ReactNode;
  wide?: boolean;
}

/**
 * A modal form. It is rendered at the end of the body, so a dialog opened from another dialog's form (Pull from the run
 * form) is never a form inside a form, whose submit would also submit the outer one.
 */
export function Dialog({ title, onClose, onSubmit, children, actions, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal focuses the first control; one marked data-autofocus asks for the focus instead (React's autoFocus
    // focuses before the dialog is open, which does not hold).
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(event);
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </form>
    </dialog>,
    document.body,
  );
}
