/**
 * The behaviour runtime (ARCHITECTURE §6): what the processes in the containers do. The simulated
 * kubelet (sim/) drives it through the `Runtime` contract of ./types.ts.
 */
import type { ContainerSpec } from '../model/spec';
import type { Diagnostic } from '../model/diagnostics';
import { analyzeContainer } from './analyze';
import { ContainerFs, VolumeTree, splitPath } from './fs';
import { imageInfo, lookupImage } from './images';
import { ExecProcess, MainProcess } from './process';
import { stepsIn } from './kernel';
import { FastExecProcess, fastPlan } from './fastExec';
import type { ExecInput, Fs, ImageInfo, MainProcessInput, Process, Runtime, Volume, World } from './types';

export type { InspectableProcess } from './process';
export { ContainerFs, VolumeTree } from './fs';
export { imageInfo, lookupImage, normaliseReference } from './images';

/** Directories and files every container has (the runtime and kubelet provide them). */
const BASE_DIRS = ['/tmp', '/dev', '/etc', '/root', '/var/log', '/var/run', '/proc', '/usr/bin', '/bin'];

/**
 * A fresh container file system: the image's files, the base directories, the termination-message
 * file kubelet mounts (`/dev/termination-log` by default), and the pod's volumes at their mountPaths.
 */
export function createContainerFs(spec: ContainerSpec, volumes: ReadonlyMap<string, Volume>): ContainerFs {
  const image = lookupImage(spec.image);
  const files = { '/etc/hostname': '', '/etc/resolv.conf': 'nameserver 10.96.0.10\nsearch default.svc.cluster.local svc.cluster.local cluster.local\n', ...(image?.files ?? {}) };
  const fs = new ContainerFs(files, image?.dirs ? [...BASE_DIRS, ...image.dirs] : BASE_DIRS);
  fs.write(spec.terminationMessagePath || '/dev/termination-log', '');
  for (const m of spec.volumeMounts) {
    const v = volumes.get(m.name);
    if (v instanceof VolumeTree) fs.mount(m.mountPath, v.tree);
  }
  return fs;
}

/**
 * Create the behaviour runtime.
 * @example
 * const rt = createRuntime();
 * const fs = rt.createFs(spec, new Map());
 * const p = rt.startMain({ pod, spec, behaviour: {}, attempt: 0, fs, world });
 * p.run(); // → { state: 'running', wakeAt: … } or { state: 'exited', code }
 */
export function createRuntime(): Runtime {
  return {
    imageInfo(image: string): ImageInfo {
      return imageInfo(image);
    },
    createVolume(name: string, files?: Readonly<Record<string, string>>): Volume {
      const v = new VolumeTree(name);
      for (const [path, data] of Object.entries(files ?? {})) {
        const parts = splitPath(path);
        if (parts.length > 1) v.tree.mkdir(parts.slice(0, -1), true); // items may name sub-directories
        v.tree.write(parts, data);
      }
      return v;
    },
    createFs(spec: ContainerSpec, volumes: ReadonlyMap<string, Volume>): Fs {
      return createContainerFs(spec, volumes);
    },
    startMain(input: MainProcessInput): Process {
      const { fs, pod, spec } = input;
      const hostname = pod.hostname ?? pod.name;
      fs.write('/etc/hostname', `${hostname}\n`);
      // The myapp demo images publish the pod's name in hostname.html when they start.
      const image = lookupImage(spec.image);
      if (image?.files['/usr/share/nginx/html/hostname.html'] !== undefined && fs.exists('/usr/share/nginx/html/hostname.html')) {
        fs.write('/usr/share/nginx/html/hostname.html', `${hostname}\n`);
      }
      return new MainProcess(input, image);
    },
    startExec(input: ExecInput): Process {
      const image = lookupImage(input.spec.image);
      const plan = fastPlan(input.command);
      if (plan) return new FastExecProcess(plan, input.fs, input.world, image, input.spec.workingDir ?? '/');
      return new ExecProcess(input, image);
    },
    analyze(spec: ContainerSpec): Diagnostic[] {
      return analyzeContainer(spec);
    },
    work(world: World): number {
      return stepsIn(world);
    },
  };
}
