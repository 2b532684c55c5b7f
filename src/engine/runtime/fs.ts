/**
 * In-memory file systems: one tree per container attempt (fresh on every start, built from the
 * image's files) plus volume trees mounted into it. Volumes are shared by the pod's containers and
 * outlive container restarts (emptyDir semantics), so they are separate trees that the container
 * view delegates to by mount path (longest mount prefix wins, as with real bind mounts).
 */
import type { Fs, Volume } from './types';

interface DirNode {
  kind: 'dir';
  children: Map<string, Node>;
}
interface FileNode {
  kind: 'file';
  data: string;
}
type Node = DirNode | FileNode;

function newDir(): DirNode {
  return { kind: 'dir', children: new Map() };
}

// Probes touch the same few paths thousands of times: memoise the split (results are never mutated).
const SPLITS = new Map<string, readonly string[]>();

/** Split an absolute path into its components, resolving `.` and `..`. The result must not be mutated. */
export function splitPath(path: string): readonly string[] {
  let r = SPLITS.get(path);
  if (r === undefined) {
    r = splitPathUncached(path);
    if (SPLITS.size > 10_000) SPLITS.clear();
    SPLITS.set(path, r);
  }
  return r;
}

function splitPathUncached(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** Normalise a path relative to `cwd` into an absolute one. */
export function absPath(path: string, cwd = '/'): string {
  if (cwd === '/' && path.startsWith('/') && !/\/\.|\/\/|\/$/.test(path)) return path;
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  return '/' + splitPath(full).join('/');
}

/** A single tree (the container's root or a volume). Paths given to it are relative parts. */
/**
 * Bytes (string length) one tree — a container's own writable layer or one volume — may hold. The
 * simulated node has no disk to fill, but a script like `while :; do cat f >> f; done` doubles a
 * file every pass and would take the page's memory with it; past this a write fails as on a full
 * disk (ENOSPC). Far above anything a lifecycle demo writes.
 */
export const TREE_CAPACITY = 4 * 1024 * 1024;

export class Tree {
  readonly root: DirNode = newDir();
  /** Total length of the file data in the tree. */
  private bytes = 0;

  private lookup(parts: readonly string[]): Node | undefined {
    let node: Node = this.root;
    for (const p of parts) {
      if (node.kind !== 'dir') return undefined;
      const next = node.children.get(p);
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  private parentOf(parts: readonly string[], create: boolean): DirNode | undefined {
    let node: DirNode = this.root;
    for (let i = 0; i < parts.length - 1; i++) {
      const key = parts[i] as string;
      let next = node.children.get(key);
      if (!next && create) {
        next = newDir();
        node.children.set(key, next);
      }
      if (!next || next.kind !== 'dir') return undefined;
      node = next;
    }
    return node;
  }

  exists(parts: readonly string[]): boolean {
    return this.lookup(parts) !== undefined;
  }
  isDir(parts: readonly string[]): boolean {
    return this.lookup(parts)?.kind === 'dir';
  }
  read(parts: readonly string[]): string | undefined {
    const n = this.lookup(parts);
    return n?.kind === 'file' ? n.data : undefined;
  }
  write(parts: readonly string[], data: string, append = false): boolean {
    const name = parts[parts.length - 1];
    const dir = this.parentOf(parts, false);
    if (name === undefined || !dir) return false;
    const cur = dir.children.get(name);
    if (cur?.kind === 'dir') return false;
    const before = cur?.kind === 'file' ? cur.data.length : 0;
    const after = append ? before + data.length : data.length;
    if (after > before && this.bytes + after - before > TREE_CAPACITY) return false; // ENOSPC
    this.bytes += after - before;
    dir.children.set(name, { kind: 'file', data: append && cur ? cur.data + data : data });
    return true;
  }
  remove(parts: readonly string[], recursive = false): boolean {
    const name = parts[parts.length - 1];
    const dir = this.parentOf(parts, false);
    const cur = name === undefined ? undefined : dir?.children.get(name);
    if (!dir || name === undefined || !cur) return false;
    if (cur.kind === 'dir' && cur.children.size > 0 && !recursive) return false;
    dir.children.delete(name);
    this.bytes -= sizeOf(cur);
    return true;
  }
  mkdir(parts: readonly string[], parents = false): boolean {
    const name = parts[parts.length - 1];
    if (name === undefined) return parents; // `/` exists
    const dir = this.parentOf(parts, parents);
    if (!dir) return false;
    const cur = dir.children.get(name);
    if (cur) return parents && cur.kind === 'dir';
    dir.children.set(name, newDir());
    return true;
  }
  list(parts: readonly string[]): string[] | undefined {
    const n = this.lookup(parts);
    return n?.kind === 'dir' ? [...n.children.keys()].sort() : undefined;
  }
}

function sizeOf(n: Node): number {
  if (n.kind === 'file') return n.data.length;
  let total = 0;
  for (const c of n.children.values()) total += sizeOf(c);
  return total;
}

/** A volume as the runtime keeps it: a named tree. */
export class VolumeTree implements Volume {
  readonly tree = new Tree();
  constructor(readonly name: string) {}
}

interface Mount {
  at: readonly string[];
  tree: Tree;
}

/** The file system a container sees: its own tree plus mounts (longest prefix first). */
export class ContainerFs implements Fs {
  readonly tree = new Tree();
  private readonly mounts: Mount[] = [];

  constructor(files: Readonly<Record<string, string>>, dirs: readonly string[] = []) {
    for (const d of dirs) this.tree.mkdir(splitPath(d), true);
    for (const [path, data] of Object.entries(files)) {
      const parts = splitPath(path);
      this.tree.mkdir(parts.slice(0, -1), true);
      this.tree.write(parts, data);
    }
  }

  /** Mount a volume tree at `path` (creates the mount point in the container tree). */
  mount(path: string, tree: Tree): void {
    const at = splitPath(path);
    this.tree.mkdir(at, true);
    this.mounts.push({ at, tree });
    this.mounts.sort((a, b) => b.at.length - a.at.length);
  }

  private resolve(path: string): [Tree, readonly string[]] {
    const parts = splitPath(path);
    for (const m of this.mounts) {
      if (m.at.length <= parts.length && m.at.every((p, i) => parts[i] === p)) {
        return [m.tree, parts.slice(m.at.length)];
      }
    }
    return [this.tree, parts];
  }

  exists(path: string): boolean {
    const [t, p] = this.resolve(path);
    return t.exists(p);
  }
  isDir(path: string): boolean {
    const [t, p] = this.resolve(path);
    return t.isDir(p);
  }
  read(path: string): string | undefined {
    const [t, p] = this.resolve(path);
    return t.read(p);
  }
  write(path: string, data: string, append?: boolean): boolean {
    const [t, p] = this.resolve(path);
    return t.write(p, data, append);
  }
  remove(path: string, recursive?: boolean): boolean {
    const [t, p] = this.resolve(path);
    // A mount point itself cannot be removed (EBUSY on a real node).
    if (p.length === 0) return false;
    return t.remove(p, recursive);
  }
  mkdir(path: string, parents?: boolean): boolean {
    const [t, p] = this.resolve(path);
    return t.mkdir(p, parents);
  }
  list(path: string): string[] | undefined {
    const [t, p] = this.resolve(path);
    return t.list(p);
  }
}
