/**
 * User actions that fork the future (model/trace.ts Action): delete, exec, kill, apply,
 * deleteService, nodeLost/nodeReady (node lifecycle + taint eviction controllers), setCondition.
 */
import type { Behaviours } from '../model/behaviour';
import type { Diagnostic } from '../model/diagnostics';
import type { ConfigObject, PodModel, ServiceModel } from '../model/spec';
import type { Action } from '../model/trace';
import { diagnose, emit, isAlive, type Core } from './core';
import { pokeMain, runExec, signalMain } from './processes';
import { deletePod, kubeletSeesDeletion } from './termination';
import { NODE_MONITOR_GRACE_MS, TAINT_TOLERATION_MS } from './timing';

/** The part of parseManifest's result the simulator uses. */
export interface ParsedManifest {
  pod?: PodModel;
  services: ServiceModel[];
  /** ConfigMaps/Secrets (an apply creates or replaces them: later mounts and starts read them). */
  configs?: ConfigObject[];
  behaviours: Behaviours;
  diagnostics: Diagnostic[];
}

export type ManifestParser = (text: string) => ParsedManifest;

/** Apply one action at `core.now`. */
export function applyAction(core: Core, action: Action, parse: ManifestParser | undefined): void {
  switch (action.type) {
    case 'delete':
      deletePod(core, action.gracePeriodSeconds, action.force === true);
      return;
    case 'exec': {
      const slot = core.byName.get(action.container);
      if (!slot || !isAlive(slot) || slot.instance?.exitPending) {
        diagnose(core, { severity: 'info', code: 'R010', message: `kubectl exec at ${core.now / 1000}s: container ${action.container} is not running` });
        return;
      }
      const inst = slot.instance!;
      try {
        const proc = core.runtime.startExec({ command: action.command, spec: inst.spec ?? slot.spec, pod: core.pod, fs: inst.fs, world: core.world, main: inst.process });
        runExec(core, proc, undefined, `kubectl exec in ${slot.spec.name}`, () => undefined, pokeMain(core, slot));
      } catch (e) {
        diagnose(core, { severity: 'warning', code: 'R001', message: `kubectl exec in ${slot.spec.name} failed: ${String(e)}` });
      }
      return;
    }
    case 'kill': {
      const slot = core.byName.get(action.container);
      if (!slot || !isAlive(slot) || slot.instance?.exitPending) {
        diagnose(core, { severity: 'info', code: 'R011', message: `kill at ${core.now / 1000}s: container ${action.container} is not running` });
        return;
      }
      const inst = slot.instance!;
      if (action.signal === 'OOM') inst.oom = true;
      signalMain(core, slot, inst, action.signal === 'TERM' ? 'TERM' : 'KILL');
      return;
    }
    case 'apply': {
      if (!parse) return;
      const parsed = parse(action.manifest);
      for (const d of parsed.diagnostics) if (d.severity === 'error') diagnose(core, { ...d, severity: 'warning', message: `apply${action.file ? ` ${action.file}` : ''}: ${d.message}` });
      for (const svc of parsed.services) {
        core.services = [...core.services.filter((s) => s.name !== svc.name), svc];
      }
      core.trace.services = core.services;
      const same = (a: ConfigObject, b: ConfigObject) => a.kind === b.kind && a.name === b.name && a.namespace === b.namespace;
      for (const cfg of parsed.configs ?? []) core.configs = [...core.configs.filter((c) => !same(c, cfg)), cfg];
      core.dirty = true;
      return;
    }
    case 'deleteService':
      core.services = core.services.filter((s) => s.name !== action.name);
      core.trace.services = core.services;
      core.dirty = true;
      return;
    case 'nodeLost':
      nodeLost(core);
      return;
    case 'nodeReady':
      nodeReady(core);
      return;
    case 'setCondition': {
      const prev = core.extConditions.get(action.conditionType);
      if (prev?.status === action.status) return;
      core.extConditions.set(action.conditionType, { status: action.status, t: core.now });
      core.dirty = true;
      return;
    }
  }
}

/**
 * The node stops reporting: the kubelet keeps running the pod but its status updates no longer
 * reach the API. After node-monitor-grace-period the node controller marks the pod NotReady
 * (MarkPodsNotReady, NodeNotReady event, phase unchanged); after the 300 s default toleration the
 * taint-eviction controller deletes it (DisruptionTarget DeletionByTaintManager). Terminating lasts
 * until the node comes back.
 */
function nodeLost(core: Core): void {
  if (core.nodeLost || core.gone) return;
  const lost: NonNullable<Core['nodeLost']> = { at: core.now, entries: [] };
  core.nodeLost = lost;
  core.frozen = core.kubelet;
  const markNotReady = core.agenda.at(core.now + NODE_MONITOR_GRACE_MS, () => {
    if (core.gone) return;
    lost.notReadyAt = core.now;
    emit(core, { type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', source: 'node-controller' });
    core.dirty = true;
    const evict = core.agenda.at(core.now + TAINT_TOLERATION_MS, () => {
      if (core.gone || core.deletion) return;
      core.extConditions.set('DisruptionTarget', {
        status: 'True',
        t: core.now,
        reason: 'DeletionByTaintManager',
        message: 'Taint manager: deleting due to NoExecute taint',
      });
      emit(core, { type: 'Normal', reason: 'TaintManagerEviction', message: `Marking for deletion Pod ${core.pod.namespace}/${core.pod.name}`, source: 'taint-eviction-controller' });
      deletePod(core, undefined, false);
    });
    lost.entries.push(evict);
  });
  lost.entries.push(markNotReady);
}

function nodeReady(core: Core): void {
  const lost = core.nodeLost;
  if (!lost) return;
  for (const e of lost.entries) core.agenda.cancel(e);
  core.nodeLost = undefined;
  core.frozen = undefined;
  core.dirty = true;
  if (core.deletion && !core.deletion.seenByKubelet) kubeletSeesDeletion(core);
}
