/**
 * The `Environment Variables from:` and `Environment:` blocks of `kubectl describe pod`
 * (staging/src/k8s.io/kubectl/pkg/describe/describe.go describeContainerEnvFrom,
 * describeContainerEnvVars). References are shown, never resolved (describe cannot read Secrets),
 * except fieldRefs, which kubectl reads from the pod object.
 */
import type { ContainerSpec } from '../model/spec';
import { parseQuantity } from '../manifest/quantity';

/** Appends both blocks for container `c` to `out` (tab-separated lines, LEVEL_2/LEVEL_3 indents). */
export function describeEnv(c: Partial<ContainerSpec>, out: string[], resolveField: (fieldPath: string) => string): void {
  const from = c.envFrom ?? [];
  // describeContainerBasicInfo prints the envFrom block only when there is one.
  if (from.length > 0) {
    out.push('    Environment Variables from:');
    for (const e of from) {
      const kind = e.kind === 'configMap' ? 'ConfigMap' : 'Secret';
      out.push(`      ${e.name}\t${kind}${e.prefix ? ` with prefix '${e.prefix}'` : ''}\tOptional: ${e.optional}`);
    }
  }
  const env = c.env ?? [];
  out.push(`    Environment:${env.length === 0 ? '\t<none>' : ''}`);
  for (const e of env) {
    const v = e.valueFrom;
    if (!v) {
      e.value.split('\n').forEach((line, i) => out.push(i === 0 ? `      ${e.name}:\t${line}` : `      \t${line}`));
      continue;
    }
    switch (v.kind) {
      case 'fieldRef':
        out.push(`      ${e.name}:\t${resolveField(v.fieldPath)} (v1:${v.fieldPath})`);
        break;
      case 'resourceFieldRef':
        out.push(`      ${e.name}:\t${resourceValue(c, v.resource, v.divisor)} (${v.resource})`);
        break;
      case 'secretKeyRef':
        out.push(`      ${e.name}:\t<set to the key '${v.key}' in secret '${v.name}'>\tOptional: ${v.optional}`);
        break;
      case 'configMapKeyRef':
        out.push(`      ${e.name}:\t<set to the key '${v.key}' of config map '${v.name}'>\tOptional: ${v.optional}`);
        break;
    }
  }
}

/**
 * resourcehelper.ExtractContainerResourceValue on the container spec alone: an unset limit is 0,
 * which describe prints as `node allocatable` for limits.cpu/limits.memory.
 */
function resourceValue(c: Partial<ContainerSpec>, resource: string, divisor: string | undefined): string {
  const value = resource === 'limits.memory' ? (c.memoryLimitBytes ?? 0) : 0;
  const d = divisor !== undefined ? (parseQuantity(divisor) ?? 1) : 1;
  const out = String(Math.ceil(value / (d > 0 ? d : 1)));
  return out === '0' && (resource === 'limits.cpu' || resource === 'limits.memory') ? 'node allocatable' : out;
}
