/**
 * What answers on a port: a static file server over the container fs (nginx, httpd), an any-200
 * app, agnhost's liveness server, a non-HTTP listener (redis, postgres), and the behaviour
 * annotation's `http` schedule wrapped around any of them.
 */
import { absPath } from './fs';
import type { Fs, HttpResponse, Server, World } from './types';

/**
 * nginx/httpd serving `docroot`: a file → 200, a directory with index.html → 200, a directory
 * without index → 403 (autoindex off), nothing → 404. This is what turns the seed's readiness
 * probe on `/hostname.html` failing after `rm hostname.html`.
 */
export function staticServer(fs: Fs, docroot: string, serverName = 'nginx'): Server {
  return {
    http(rawPath: string): HttpResponse {
      const path = rawPath.split(/[?#]/)[0] ?? '/';
      let decoded: string;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        return { status: 400, body: 'Bad Request' };
      }
      const full = absPath(`${docroot}/${decoded}`);
      if (!full.startsWith(docroot)) return { status: 403, body: errorPage(403, serverName) };
      if (fs.isDir(full)) {
        const index = fs.read(`${full}/index.html`);
        if (index !== undefined) return { status: 200, body: index };
        return { status: 403, body: errorPage(403, serverName) };
      }
      const body = fs.read(full);
      return body === undefined ? { status: 404, body: errorPage(404, serverName) } : { status: 200, body };
    },
  };
}

function errorPage(status: number, server: string): string {
  const title = status === 404 ? '404 Not Found' : '403 Forbidden';
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`;
}

/** A typical app: 200 on every path, SERVING on gRPC health. */
export function anyServer(status = 200, body = 'OK'): Server {
  return { http: () => ({ status, body }), grpc: () => 'SERVING' };
}

/** Listens but does not speak HTTP (redis, postgres, mysql): an HTTP GET gets no answer. */
export function tcpOnlyServer(): Server {
  return { http: () => 'hang' };
}

/**
 * agnhost `liveness` / k8s.gcr.io/liveness `/server`: `/healthz` answers 200 for the first 10 s
 * after start, then 500 (test/images/agnhost/liveness/server.go); `/started` always 200.
 */
export function livenessServer(world: World, startedAt: number): Server {
  return {
    http(path: string): HttpResponse {
      const elapsed = (world.now() - startedAt) / 1000;
      if (path === '/started') return { status: 200, body: `${elapsed.toFixed(3)}s` };
      if (path !== '/healthz') return { status: 404, body: '404 page not found\n' };
      return elapsed > 10 ? { status: 500, body: `error: ${elapsed.toFixed(6)}` } : { status: 200, body: 'ok' };
    },
  };
}

/** Status 0 (or the string `timeout`) in an annotation schedule means: the request hangs. */
function scheduled(status: number | string): HttpResponse | 'hang' {
  return status === 0 || status === 'timeout' ? 'hang' : { status: Number(status), body: '' };
}

/** The value of a `[{from, …}]` schedule at `elapsed` ms (undefined before its first step). */
export function scheduleAt<T extends { from: number }>(steps: readonly T[], elapsed: number): T | undefined {
  let cur: T | undefined;
  for (const s of steps) if (s.from <= elapsed) cur = s;
  return cur;
}

/** Wrap a server with the annotation's per-path HTTP schedule (`*` matches any path). */
export function withHttpSchedule(
  base: Server | undefined,
  schedule: Record<string, { from: number; status: number }[]>,
  elapsed: () => number,
): Server {
  return {
    http(rawPath: string) {
      const path = rawPath.split('?')[0] ?? rawPath;
      const steps = schedule[path] ?? schedule['*'];
      const step = steps ? scheduleAt(steps, elapsed()) : undefined;
      if (step) return scheduled(step.status);
      return base ? base.http(rawPath) : { status: 200, body: 'OK' };
    },
    grpc: (service) => (base?.grpc ? base.grpc(service) : 'SERVING'),
  };
}
