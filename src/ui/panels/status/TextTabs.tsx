import type { PodObject } from '@/engine';
import { useSession } from '@/state/hooks';
import { selectDescribe } from '@/state/selectors';
import { CopyButton } from '../../components/CopyButton';
import { PanelError } from '../../components/PanelError';

export function Terminal({ text, testId }: { text: string; testId: string }) {
  return (
    <div className="terminal">
      <div className="terminal-actions">
        <CopyButton text={text} testId={`${testId}.copy`} />
      </div>
      <pre className="terminal-text" data-testid={testId}>{text}</pre>
    </div>
  );
}

/** `kubectl describe pod` at the cursor. */
export function DescribeTab({ pod, cursor }: { pod: PodObject | null; cursor: number }) {
  const trace = useSession((s) => s.run.trace);
  const text = selectDescribe(trace, pod, cursor);
  return text.ok ? <Terminal text={text.value} testId="status.describe" /> : <PanelError message={text.error} />;
}
