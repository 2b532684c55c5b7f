/**
 * The built-in scenarios, ordered by topic for the picker. Each scenario lives in defs/; the same
 * data drives the UI picker, the unit tests (tests/unit/scenarios) and the browser tests.
 */
import type { ScenarioDef, ScenarioTopic } from './types';
import { podPhasesBasics } from './defs/podPhasesBasics';
import { initWaitForService } from './defs/initWaitForService';
import { postStartSleep } from './defs/postStartSleep';
import { preStopHttpShutdown } from './defs/preStopHttpShutdown';
import { hooksWarDeploy } from './defs/hooksWarDeploy';
import { hooksWarDeployTypos } from './defs/hooksWarDeployTypos';
import { livenessExec } from './defs/livenessExec';
import { livenessHttp } from './defs/livenessHttp';
import { tcpProbes } from './defs/tcpProbes';
import { startupProbeProtected, startupProbeMissing } from './defs/startupProbe';
import {
  restartAlwaysExit0,
  restartAlwaysExit1,
  restartOnFailureExit0,
  restartOnFailureExit1,
  restartNeverExit0,
  restartNeverExit1,
} from './defs/restartPolicyMatrix';
import { crashLoopBackOff } from './defs/crashLoopBackOff';
import { imagePullBackOff } from './defs/imagePullBackOff';
import { oomKilled } from './defs/oomKilled';
import { sigtermIgnored } from './defs/sigtermIgnored';
import { preStopExceedsGrace } from './defs/preStopExceedsGrace';
import { preStopNginxQuit } from './defs/preStopNginxQuit';
import { sidecarsOrder } from './defs/sidecarsOrder';
import { readinessGate } from './defs/readinessGate';
import { jobOnFailure } from './defs/jobOnFailure';
import { jobNever } from './defs/jobNever';
import { activeDeadline } from './defs/activeDeadline';
import { deploymentInitAnnotation } from './defs/deploymentInitAnnotation';
import { rcInessprobe, rcInessprobeNoImage } from './defs/rcInessprobe';
import { seedMyappReadiness } from './defs/seedMyappReadiness';
import { initFailsNever, initFailsAlways } from './defs/initFailures';
import { postStartFails } from './defs/postStartFails';
import { deleteGraceZero, forceDelete } from './defs/deleteOptions';
import { nodeLost } from './defs/nodeLost';
import { invalidImageName, missingConfigMap, missingConfigMapVolume, secretEnvAndVolume } from './defs/configErrors';

export type { ScenarioDef, ScenarioTopic, Bilingual } from './types';

/** Topic order in the picker: from first steps to whole workloads. */
export const topicOrder: readonly ScenarioTopic[] = [
  'basics',
  'init',
  'hooks',
  'probes',
  'restarts',
  'termination',
  'sidecars',
  'jobs',
  'workloads',
  'network',
];

const all: ScenarioDef[] = [
  podPhasesBasics,
  nodeLost,
  secretEnvAndVolume,
  missingConfigMap,
  missingConfigMapVolume,
  initWaitForService,
  initFailsNever,
  initFailsAlways,
  postStartSleep,
  postStartFails,
  hooksWarDeploy,
  hooksWarDeployTypos,
  preStopHttpShutdown,
  livenessExec,
  livenessHttp,
  tcpProbes,
  startupProbeProtected,
  startupProbeMissing,
  restartAlwaysExit0,
  restartAlwaysExit1,
  restartOnFailureExit0,
  restartOnFailureExit1,
  restartNeverExit0,
  restartNeverExit1,
  crashLoopBackOff,
  imagePullBackOff,
  invalidImageName,
  oomKilled,
  sigtermIgnored,
  preStopExceedsGrace,
  preStopNginxQuit,
  deleteGraceZero,
  forceDelete,
  sidecarsOrder,
  jobOnFailure,
  jobNever,
  activeDeadline,
  deploymentInitAnnotation,
  rcInessprobe,
  rcInessprobeNoImage,
  seedMyappReadiness,
  readinessGate,
];

/** Every built-in scenario, ordered by topic (stable within a topic). */
export const scenarios: ScenarioDef[] = [...all].sort(
  (a, b) => topicOrder.indexOf(a.topic) - topicOrder.indexOf(b.topic),
);

const byId = new Map(scenarios.map((s) => [s.id, s]));

/** The scenario with this id (as used in `?scenario=<id>`), or undefined. */
export function scenarioById(id: string): ScenarioDef | undefined {
  return byId.get(id);
}

/** Scenarios of one topic, in picker order. */
export function scenariosByTopic(topic: ScenarioTopic): ScenarioDef[] {
  return scenarios.filter((s) => s.topic === topic);
}
