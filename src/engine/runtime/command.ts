/**
 * What a container runs: Kubernetes' command/args rules over the image's ENTRYPOINT/CMD, with
 * `$(VAR)` references expanded from the container env — kubernetes.io "Define a command and
 * arguments for a container" (command replaces ENTRYPOINT, args replace CMD; args alone keep the
 * image's ENTRYPOINT; `$$(VAR)` escapes; unknown references stay as written).
 */
import type { ContainerSpec, PodModel } from '../model/spec';
import type { ImageEntry } from './images';

/** Expand `$(VAR)` using `env`; `$$` → `$`; undefined references are left untouched (expansion.go). */
export function expandK8sVars(s: string, env: ReadonlyMap<string, string>): string {
  if (!s.includes('$')) return s;
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    const v = name === undefined ? undefined : env.get(name);
    return v === undefined ? m : v;
  });
}

/** The container's environment: runtime defaults, then spec.env in order (later entries may reference earlier). */
export function containerEnv(pod: PodModel, spec: ContainerSpec): Map<string, string> {
  const env = new Map<string, string>([
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['HOSTNAME', pod.hostname ?? pod.name],
    ['HOME', '/root'],
    ['KUBERNETES_SERVICE_HOST', '10.96.0.1'],
    ['KUBERNETES_SERVICE_PORT', '443'],
  ]);
  for (const e of spec.env) env.set(e.name, expandK8sVars(e.value, env));
  return env;
}

/** Which list a word of the final argv came from, for diagnostics. */
export interface ArgvSource {
  field: 'command' | 'args' | 'image';
  index: number;
}

/** The argv PID 1 runs, and where each word came from. */
export function resolveArgv(spec: ContainerSpec, image: ImageEntry | undefined, env: ReadonlyMap<string, string>): { argv: string[]; sources: ArgvSource[] } {
  const entry: [string, ArgvSource][] = spec.command
    ? spec.command.map((w, i) => [w, { field: 'command', index: i }])
    : (image?.entrypoint ?? []).map((w, i) => [w, { field: 'image', index: i }]);
  const args: [string, ArgvSource][] = spec.args
    ? spec.args.map((w, i) => [w, { field: 'args', index: i }])
    : spec.command
      ? []
      : (image?.cmd ?? []).map((w, i) => [w, { field: 'image', index: i }]);
  const all = [...entry, ...args];
  return { argv: all.map(([w]) => expandK8sVars(w, env)), sources: all.map(([, s]) => s) };
}
