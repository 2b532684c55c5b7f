import type { PodObject } from '@/engine';
import { useSession } from '@/state/hooks';
import { selectDescribe, selectPodYaml } from '@/state/selectors';
import { CopyButton } from '../../components/CopyButton';
import { PanelError } from '../../components/PanelError';

function Terminal({ text, testId }: { text: string; testId: string }) {
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
export function DescribeTab({ pod }: { pod: PodObject | null }) {
  const trace = useSession((s) => s.run.trace);
  const cursor = useSession((s) => s.cursor);
  const text = selectDescribe(trace, pod, cursor);
  return text.ok ? <Terminal text={text.value} testId="status.describe" /> : <PanelError message={text.error} />;
}

/** The Pod object (`kubectl get pod -o yaml`) at the cursor. */
export function YamlTab({ pod }: { pod: PodObject | null }) {
  const text = selectPodYaml(pod);
  return text.ok ? <Terminal text={text.value} testId="status.yaml" /> : <PanelError message={text.error} />;
}
