import { useEffect, useState } from 'react';
import { useT } from '../useT';
import { Icon } from './Icon';

/** Copies `text` to the clipboard and says so for a moment. */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const id = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(id);
  }, [copied]);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <button type="button" className="btn btn-ghost btn-sm" onClick={copy} disabled={!text} data-testid={testId}>
      <Icon name={copied ? 'check' : 'copy'} size={14} />
      <span>{copied ? t('status.copied') : t('status.copy')}</span>
    </button>
  );
}
