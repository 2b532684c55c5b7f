import { findScenario } from '@/state/scenarioCatalog';
import { useSession } from '@/state/hooks';

/** True when the text on screen differs from the scenario it came from (or has no scenario). */
export function useDirty(): boolean {
  return useSession((s) => {
    const sc = findScenario(s.scenarioId);
    if (!sc) return s.text.trim().length > 0;
    return s.text !== sc.manifest || s.interventions.join('\n') !== (sc.interventions ?? []).join('\n');
  });
}
