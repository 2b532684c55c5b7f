/**
 * `kubectl get pod -o yaml`. kubectl marshals the object to JSON and converts it to YAML
 * (sigs.k8s.io/yaml, go-yaml v2): map keys sorted alphabetically, unset fields omitted, timestamps
 * quoted, and `lastProbeTime: null` kept, as on a real cluster.
 */
import { stringify } from 'yaml';
import type { PodObject } from '../model/status';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * The pod as `kubectl get pod <name> -o yaml` prints it (metadata, the spec fields the views know,
 * status).
 */
export function podYaml(pod: PodObject): string {
  // YAML 1.1 scalars quote timestamps and "True" as go-yaml does; sequences are not indented under
  // their key (`containers:\n- name: app`), like kubectl's output.
  return stringify(sortKeys(pod), { version: '1.1', indentSeq: false, lineWidth: 0, aliasDuplicateObjects: false });
}
