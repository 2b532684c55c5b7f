import type { PodObject } from '@/engine';
import { podYaml } from '@/engine';
import { guard } from '@/state/selectors';
import { PanelError } from '../../components/PanelError';
import { Terminal } from './TextTabs';

/**
 * The Pod object (`kubectl get pod -o yaml`) at the cursor. Its own module: the YAML printer is
 * only downloaded when this tab is opened (initial JavaScript budget, ARCHITECTURE §8).
 */
export function YamlTab({ pod }: { pod: PodObject | null }) {
  const text = pod ? guard(() => podYaml(pod)) : ({ ok: true, value: '' } as const);
  return text.ok ? <Terminal text={text.value} testId="status.yaml" /> : <PanelError message={text.error} />;
}
