/**
 * The image catalogue (ARCHITECTURE §6, layer 3): what a known image does without a command, which
 * files it ships, how big it is and how long it takes to pull. Unknown images are assumed to exist
 * and to run a long-lived server on their declared containerPorts.
 */
import type { ImageInfo } from './types';

export interface ImageEntry {
  /** Normalised repository without tag, e.g. `docker.io/library/nginx`. */
  repo: string;
  /** ENTRYPOINT and CMD as the Dockerfile sets them (k8s `command` replaces the first, `args` the second). */
  entrypoint: string[];
  cmd: string[];
  ports: number[];
  /** Files in the image besides the base set. */
  files: Record<string, string>;
  /** Empty directories in the image besides the base set (e.g. a deploy target). */
  dirs?: string[];
  /** Programs the image ships besides its ENTRYPOINT/CMD (e.g. `httpd` started by a run script). */
  programs?: string[];
  sizeBytes: number;
  description: string;
  /** The image has a POSIX shell and the usual tools (busybox or coreutils). */
  shell: boolean;
  /** Extra tags that exist besides the generic rule (e.g. `centos:nginx` from the seed article). */
  extraTags?: string[];
  /** A different entry for a specific tag. */
  tagVariants?: Record<string, Partial<ImageEntry>>;
}

const MB = 1024 * 1024;
const NGINX_INDEX =
  '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n';
const NGINX_50X = '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n';

function myapp(repo: string, version: string, description: string): ImageEntry {
  return {
    repo,
    entrypoint: [],
    cmd: ['nginx', '-g', 'daemon off;'],
    ports: [80],
    files: {
      '/usr/share/nginx/html/index.html': `Hello MyApp | Version: ${version} | <a href="hostname.html">Pod Name</a>\n`,
      // The real image writes the pod's hostname here at start (see programs: nginx rewrites it).
      '/usr/share/nginx/html/hostname.html': 'myapp\n',
      '/usr/share/nginx/html/50x.html': NGINX_50X,
    },
    sizeBytes: 15 * MB,
    description,
    shell: true,
  };
}

const ENTRIES: ImageEntry[] = [
  {
    repo: 'docker.io/library/nginx',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    ports: [80],
    files: { '/usr/share/nginx/html/index.html': NGINX_INDEX, '/usr/share/nginx/html/50x.html': NGINX_50X },
    sizeBytes: 72 * MB,
    description: 'nginx web server on port 80 serving /usr/share/nginx/html',
    shell: true,
  },
  {
    repo: 'docker.io/library/httpd',
    entrypoint: [],
    cmd: ['httpd-foreground'],
    ports: [80],
    files: { '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n' },
    sizeBytes: 58 * MB,
    description: 'Apache httpd on port 80 serving /usr/local/apache2/htdocs',
    shell: true,
  },
  { repo: 'docker.io/library/busybox', entrypoint: [], cmd: ['sh'], ports: [], files: {}, sizeBytes: 2 * MB, description: 'busybox: sh and the small Unix tools; the default sh exits at once without a tty', shell: true },
  { repo: 'docker.io/radial/busyboxplus', entrypoint: [], cmd: ['/bin/sh'], ports: [], files: {}, sizeBytes: 6 * MB, description: 'busybox plus curl; the default sh exits at once without a tty', shell: true },
  { repo: 'docker.io/library/alpine', entrypoint: [], cmd: ['/bin/sh'], ports: [], files: {}, sizeBytes: 4 * MB, description: 'Alpine Linux; the default sh exits at once without a tty', shell: true },
  { repo: 'docker.io/library/ubuntu', entrypoint: [], cmd: ['/bin/bash'], ports: [], files: {}, sizeBytes: 29 * MB, description: 'Ubuntu; the default bash exits at once without a tty', shell: true },
  { repo: 'docker.io/library/debian', entrypoint: [], cmd: ['bash'], ports: [], files: {}, sizeBytes: 49 * MB, description: 'Debian; the default bash exits at once without a tty', shell: true },
  {
    repo: 'docker.io/library/centos',
    entrypoint: [],
    cmd: ['/bin/bash'],
    ports: [],
    files: {},
    sizeBytes: 79 * MB,
    description: 'CentOS; the default bash exits at once without a tty',
    shell: true,
    extraTags: ['nginx'],
    tagVariants: {
      // The seed article's image: nginx built from source into /usr/local/nginx.
      nginx: {
        cmd: ['/usr/local/nginx/sbin/nginx', '-g', 'daemon off;'],
        ports: [80],
        files: { '/usr/local/nginx/html/index.html': NGINX_INDEX, '/usr/local/nginx/html/50x.html': NGINX_50X },
        sizeBytes: 310 * MB,
        description: 'CentOS with nginx in /usr/local/nginx (port 80)',
      },
    },
  },
  { repo: 'docker.io/library/redis', entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], ports: [6379], files: {}, sizeBytes: 45 * MB, description: 'Redis on port 6379; SIGTERM saves and exits 0', shell: true },
  { repo: 'docker.io/library/postgres', entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'], ports: [5432], files: {}, sizeBytes: 160 * MB, description: 'PostgreSQL on port 5432 (needs POSTGRES_PASSWORD); SIGTERM is a smart shutdown', shell: true },
  { repo: 'docker.io/library/mysql', entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], ports: [3306], files: {}, sizeBytes: 170 * MB, description: 'MySQL on port 3306 (needs MYSQL_ROOT_PASSWORD)', shell: true },
  { repo: 'registry.k8s.io/pause', entrypoint: ['/pause'], cmd: [], ports: [], files: {}, sizeBytes: 300 * 1024, description: 'pause: sleeps forever, exits 0 on SIGTERM', shell: false },
  {
    repo: 'registry.k8s.io/e2e-test-images/agnhost',
    entrypoint: ['/agnhost'],
    cmd: ['pause'],
    ports: [],
    files: {},
    sizeBytes: 52 * MB,
    description: 'agnhost test image: liveness (8080, /healthz 200 for 10 s then 500), netexec (8080), serve-hostname (9376)',
    shell: true,
  },
  { repo: 'k8s.gcr.io/liveness', entrypoint: [], cmd: ['/server'], ports: [8080], files: {}, sizeBytes: 4 * MB, description: 'liveness demo: /healthz on 8080 answers 200 for 10 s, then 500', shell: false },
  { repo: 'k8s.gcr.io/busybox', entrypoint: [], cmd: ['sh'], ports: [], files: {}, sizeBytes: 1 * MB, description: 'busybox (old k8s.gcr.io copy)', shell: true },
  { repo: 'registry.k8s.io/goproxy', entrypoint: ['/goproxy'], cmd: [], ports: [8080], files: {}, sizeBytes: 3 * MB, description: 'goproxy: an HTTP proxy listening on 8080', shell: false },
  myapp('docker.io/library/myapp', 'v1', 'myapp demo (nginx on 80 with index.html and hostname.html)'),
  myapp('docker.io/ikubernetes/myapp', 'v1', 'ikubernetes/myapp demo (nginx on 80 with index.html and hostname.html)'),
  {
    // The seed article's image (lykops): CentOS with Apache; `sh /etc/run.sh` starts httpd in the foreground.
    repo: 'docker.io/library/web',
    entrypoint: [],
    cmd: ['sh', '/etc/run.sh'],
    ports: [80],
    files: {
      '/etc/run.sh': '#!/bin/sh\n# Start Apache httpd in the foreground (PID 1 stays alive).\nexec /usr/sbin/httpd -DFOREGROUND\n',
      '/etc/httpd/conf/httpd.conf': 'Listen 80\nDocumentRoot "/var/www/html"\n',
      '/var/www/html/index.html': '<html><body><h1>web:apache</h1></body></html>\n',
    },
    programs: ['httpd'],
    sizeBytes: 260 * MB,
    description: 'web:apache demo: CentOS with Apache httpd on 80 serving /var/www/html, started by sh /etc/run.sh',
    shell: true,
    extraTags: ['apache'],
  },
  {
    // The seed article's war-deploy image: a Java servlet container; postStart copies /sample.war to /app.
    repo: 'docker.io/library/sample',
    entrypoint: [],
    cmd: ['catalina.sh', 'run'],
    ports: [8080],
    files: { '/sample.war': 'PK\u0003\u0004 sample web application archive\n' },
    dirs: ['/app'],
    sizeBytes: 180 * MB,
    description: 'sample:v2 demo: a Java web app (servlet container) on 8080; ships /sample.war and an /app directory',
    shell: true,
  },
  { repo: 'docker.io/k8spatterns/random-generator', entrypoint: ['java', '-jar', '/opt/random-generator.jar'], cmd: [], ports: [8080], files: {}, sizeBytes: 110 * MB, description: 'k8spatterns random-generator: a Java service on 8080', shell: true },
];

const BY_REPO = new Map(ENTRIES.map((e) => [e.repo, e]));
// Older registry names pointing at the same images.
BY_REPO.set('k8s.gcr.io/pause', ENTRIES.find((e) => e.repo === 'registry.k8s.io/pause') as ImageEntry);
BY_REPO.set('k8s.gcr.io/e2e-test-images/agnhost', BY_REPO.get('registry.k8s.io/e2e-test-images/agnhost') as ImageEntry);
BY_REPO.set('k8s.gcr.io/goproxy', BY_REPO.get('registry.k8s.io/goproxy') as ImageEntry);
BY_REPO.set('docker.io/library/busyboxplus', BY_REPO.get('docker.io/radial/busyboxplus') as ImageEntry);
BY_REPO.set('registry.k8s.io/busybox', BY_REPO.get('k8s.gcr.io/busybox') as ImageEntry);
BY_REPO.set('registry.k8s.io/liveness', BY_REPO.get('k8s.gcr.io/liveness') as ImageEntry);
BY_REPO.set('gcr.io/google-containers/busybox', BY_REPO.get('k8s.gcr.io/busybox') as ImageEntry);

/** `nginx` → {repo: `docker.io/library/nginx`, tag: `latest`}; digests keep their `@sha256:…`. */
export function parseReference(image: string): { repo: string; tag: string; digest?: string } {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = 'latest';
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasRegistry) {
    rest = parts.length === 1 ? `docker.io/library/${rest}` : `docker.io/${rest}`;
  }
  return digest === undefined ? { repo: rest, tag } : { repo: rest, tag, digest };
}

/** The normalised reference, as the `Pulling`/`Pulled` events print it. */
export function normaliseReference(image: string): string {
  const r = parseReference(image);
  return r.digest ? `${r.repo}@${r.digest}` : `${r.repo}:${r.tag}`;
}

const LOOKUPS = new Map<string, ImageEntry | undefined>();

/** The catalogue entry of an image (tag variant applied), or undefined for unknown images. Cached per text. */
export function lookupImage(image: string): ImageEntry | undefined {
  if (LOOKUPS.has(image)) return LOOKUPS.get(image);
  const e = lookupImageUncached(image);
  if (LOOKUPS.size > 1000) LOOKUPS.clear();
  LOOKUPS.set(image, e);
  return e;
}

function lookupImageUncached(image: string): ImageEntry | undefined {
  const { repo, tag } = parseReference(image);
  const base = BY_REPO.get(repo);
  if (!base) return undefined;
  const variant = base.tagVariants?.[tag];
  return variant ? { ...base, ...variant } : base;
}

// Tag words that official images really publish; combined with `-` (e.g. `1.27-alpine`, `stable-perl`).
const TAG_WORDS = new Set(['latest', 'stable', 'mainline', 'alpine', 'slim', 'perl', 'otel', 'bookworm', 'bullseye', 'buster', 'jammy', 'focal', 'noble', 'musl', 'glibc', 'uclibc', 'oracle', 'debian', 'lts', 'rolling', 'edge']);

/** Small documented rule: a known image's tag exists if it is `latest`, a version, or built from known words. */
function tagExists(entry: ImageEntry, tag: string): boolean {
  if (entry.extraTags?.includes(tag)) return true;
  if (/^v?\d/.test(tag)) return true;
  return tag.split(/[-.]/).every((w) => TAG_WORDS.has(w) || /^v?\d+$/.test(w));
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min(tmp + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] as number;
}

const LIBRARY_NAMES = ENTRIES.filter((e) => e.repo.startsWith('docker.io/library/')).map((e) => e.repo.slice(18));

/**
 * Does the image exist? Unknown images are assumed to exist, except an official-library name within
 * edit distance 2 of a known one (`ngnix`, `busyboks`): that is a typo and the pull fails.
 */
export function imageExists(image: string): boolean {
  const { repo, tag, digest } = parseReference(image);
  const entry = lookupImage(image);
  if (entry) return digest !== undefined || tagExists(entry, tag);
  if (!repo.startsWith('docker.io/library/')) return true;
  const name = repo.slice(18);
  return !LIBRARY_NAMES.some((known) => name.length >= 4 && editDistance(name, known) <= 2);
}

/** Facts for the simulator's Pulling/Pulled events and ErrImagePull. */
export function imageInfo(image: string): ImageInfo {
  const entry = lookupImage(image);
  const sizeBytes = entry?.sizeBytes ?? 80 * MB;
  return {
    reference: normaliseReference(image),
    sizeBytes,
    // About 40 MB/s plus a fixed half second for the manifest round trips.
    pullMs: 500 + Math.round(sizeBytes / (40 * MB) * 1000),
    // Only manifest round trips: a re-pull of a present image (no layer to fetch) takes 0.3–0.8 s,
    // a missing manifest fails after 0.5–1 s; the spread is fixed per reference (deterministic).
    manifestMs: 300 + spread(`manifest:${image}`, 500),
    failMs: 500 + spread(`fail:${image}`, 500),
    exists: imageExists(image),
    ports: entry?.ports ?? [],
    description: entry?.description ?? 'unknown image: a long-running server on its declared containerPorts',
  };
}

/** A deterministic number in [0, n) from `text` (FNV-1a), so the same image always takes the same time. */
function spread(text: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % n;
}
