/**
 * Lifecycle hook handlers (kubelet/lifecycle/handlers.go): exec in the container, httpGet against
 * the pod, sleep. tcpSocket hooks are not run by the kubelet (deprecated), so they succeed at once.
 */
import type { Handler } from '../model/spec';
import type { Core, Instance, Slot } from './core';
import { pokeMain, runExec, type ExecHandle } from './processes';
import { resolvePort } from './world';
import { POD_IP } from './timing';

export interface HookResult {
  ok: boolean;
  /** handlers.go error text, for the reason cache / narration. */
  message: string;
}

/**
 * Run `handler` for the container instance. `done` may be called synchronously. `deadline` (ms)
 * abandons the hook (preStop is bounded by the grace period; postStart is not bounded).
 */
export function runHook(
  core: Core,
  slot: Slot,
  inst: Instance,
  handler: Handler,
  deadline: number | undefined,
  done: (r: HookResult) => void,
): ExecHandle {
  const pod = core.pod;
  const who = `Container "${slot.spec.name}" in Pod "${pod.name}_${pod.namespace}(${pod.uid})"`;
  switch (handler.kind) {
    case 'exec': {
      let proc;
      try {
        proc = core.runtime.startExec({ command: handler.command, spec: inst.spec ?? slot.spec, pod, fs: inst.fs, world: core.world, main: inst.process });
      } catch (e) {
        done({ ok: false, message: String(e) });
        return { cancel: () => undefined };
      }
      return runExec(core, proc, deadline, `hook of ${slot.spec.name}`, (o) => {
        const ok = !o.timedOut && o.code === 0;
        done({
          ok,
          message: ok
            ? ''
            : `Exec lifecycle hook (${JSON.stringify(handler.command)}) for ${who} failed - error: command '${handler.command.join(' ')}' exited with ${o.code}: ${o.output}, message: ${JSON.stringify(o.output)}`,
        });
      }, pokeMain(core, slot));
    }
    case 'httpGet': {
      const port = resolvePort(core, handler.port) ?? 0;
      const host = handler.host ?? POD_IP;
      const r = core.world.httpGet(host, port, handler.path, 0);
      const ok = r.ok && r.value.status >= 200 && r.value.status < 400;
      const err = r.ok ? `HTTP lifecycle hook (${handler.path}) for ${who} failed - error: received status code ${r.value.status}` : r.message;
      done({ ok, message: ok ? '' : err });
      return { cancel: () => undefined };
    }
    case 'sleep': {
      let end = core.now + handler.seconds * 1000;
      if (deadline !== undefined) end = Math.min(end, deadline);
      const entry = core.agenda.at(end, () => done({ ok: true, message: '' }));
      return { cancel: () => core.agenda.cancel(entry) };
    }
    default:
      done({ ok: true, message: '' });
      return { cancel: () => undefined };
  }
}
