import { useEffect, useRef } from 'react';
import { useT } from '../useT';

/** A modal yes/no question (native <dialog>: focus trap and Escape for free). */
export function ConfirmDialog(props: { title: string; body: string; onConfirm(): void; onCancel(): void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} className="dialog" onCancel={props.onCancel} data-testid="dialog.confirm">
      <h2 className="dialog-title">{props.title}</h2>
      <p className="dialog-body">{props.body}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={props.onCancel} autoFocus>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="btn btn-danger" onClick={props.onConfirm} data-testid="dialog.ok">
          {t('dialog.confirm')}
        </button>
      </div>
    </dialog>
  );
}
