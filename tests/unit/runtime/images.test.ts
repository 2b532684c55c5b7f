import { describe, expect, it } from 'vitest';
import { imageInfo, normaliseReference } from '@/engine/runtime/images';
import { exec, runUntil, startMain } from './harness';

describe('image references and existence', () => {
  it('normalises short names as the container runtime does', () => {
    expect(normaliseReference('nginx')).toBe('docker.io/library/nginx:latest');
    expect(normaliseReference('nginx:1.27')).toBe('docker.io/library/nginx:1.27');
    expect(normaliseReference('ikubernetes/myapp:v1')).toBe('docker.io/ikubernetes/myapp:v1');
    expect(normaliseReference('registry.k8s.io/pause:3.9')).toBe('registry.k8s.io/pause:3.9');
    expect(normaliseReference('localhost:5000/app')).toBe('localhost:5000/app:latest');
  });
  it('known images with real tags exist; a nonsense tag or a typo of a library name does not (→ ErrImagePull)', () => {
    for (const ok of ['nginx', 'nginx:1.27-alpine', 'nginx:stable-perl', 'busybox:1.36', 'centos:nginx', 'myapp:v1', 'registry.k8s.io/e2e-test-images/agnhost:2.40', 'example.com/team/app:anything']) {
      expect(imageInfo(ok).exists, ok).toBe(true);
    }
    for (const bad of ['nginx:doesnotexist', 'ngnix', 'busyboks', 'redis:nonsense', 'centos:apache']) {
      expect(imageInfo(bad).exists, bad).toBe(false);
    }
  });
  it('gives size, pull time and ports for the Pulling/Pulled events', () => {
    const info = imageInfo('nginx');
    expect(info.ports).toEqual([80]);
    expect(info.sizeBytes).toBeGreaterThan(imageInfo('busybox').sizeBytes);
    expect(info.pullMs).toBeGreaterThan(imageInfo('busybox').pullMs);
    expect(imageInfo('example.com/x').description).toMatch(/unknown image/);
  });
  it('manifest-only pulls are short and fixed per image: a re-pull of a present image 0.3–0.8 s, a missing manifest 0.5–1 s', () => {
    for (const img of ['nginx', 'nginx:1.27', 'busybox:1.36', 'ngnix', 'example.com/team/app:v2', 'registry.k8s.io/pause:3.9']) {
      const info = imageInfo(img);
      expect(info.manifestMs, img).toBeGreaterThanOrEqual(300);
      expect(info.manifestMs, img).toBeLessThan(800);
      expect(info.failMs, img).toBeGreaterThanOrEqual(500);
      expect(info.failMs, img).toBeLessThan(1000);
      expect(imageInfo(img)).toEqual(info); // deterministic
    }
    expect(new Set(['nginx', 'redis', 'busybox', 'alpine'].map((i) => imageInfo(i).manifestMs)).size).toBeGreaterThan(1);
  });
});

describe('image default behaviour (no command)', () => {
  it('busybox, alpine and ubuntu run a shell that exits 0 at once without a tty', () => {
    for (const image of ['busybox', 'alpine:3.20', 'ubuntu:24.04']) {
      const s = startMain({ image });
      expect(s.p.run(), image).toEqual({ state: 'exited', code: 0 });
    }
  });
  it('nginx serves its docroot on 80 after ~0.3 s', () => {
    const s = startMain({ image: 'nginx' });
    expect(s.p.run()).toEqual({ state: 'running', wakeAt: 300 });
    expect(s.p.listening().size).toBe(0);
    runUntil(s.p, s.world, 300);
    const srv = s.p.listening().get(80);
    expect(srv?.http('/')).toMatchObject({ status: 200 });
    expect(srv?.http('/50x.html')).toMatchObject({ status: 200 });
    expect(srv?.http('/nope.html')).toMatchObject({ status: 404 });
  });
  it('httpd serves /usr/local/apache2/htdocs', () => {
    const s = startMain({ image: 'httpd:2.4' });
    runUntil(s.p, s.world, 1000);
    expect(s.p.listening().get(80)?.http('/index.html')).toMatchObject({ status: 200, body: expect.stringContaining('It works!') });
  });
  it('myapp:v1 (seed): rm hostname.html via exec turns /hostname.html into 404 — the readiness example', () => {
    const s = startMain({ image: 'myapp:v1' });
    runUntil(s.p, s.world, 1000);
    const srv = s.p.listening().get(80);
    expect(srv?.http('/hostname.html')).toMatchObject({ status: 200, body: 'web\n' });
    exec(s, ['rm', '/usr/share/nginx/html/hostname.html'], 1000);
    expect(srv?.http('/hostname.html')).toMatchObject({ status: 404 });
    // A directory without index.html is 403 (autoindex off).
    exec(s, ['mkdir', '/usr/share/nginx/html/sub'], 1000);
    expect(srv?.http('/sub/')).toMatchObject({ status: 403 });
  });
  it('agnhost liveness (docs HTTP example): /healthz is 200 for 10 s, then 500', () => {
    const s = startMain({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.40', args: ['liveness'] });
    runUntil(s.p, s.world, 3000);
    const srv = s.p.listening().get(8080);
    expect(srv?.http('/healthz')).toMatchObject({ status: 200 });
    s.world.t = 10_200;
    expect(srv?.http('/healthz')).toMatchObject({ status: 500 });
  });
  it('k8s.gcr.io/liveness /server behaves the same; goproxy listens on 8080 for the TCP probe example', () => {
    const l = startMain({ image: 'k8s.gcr.io/liveness', args: ['/server'] });
    runUntil(l.p, l.world, 1000);
    expect(l.p.listening().get(8080)?.http('/healthz')).toMatchObject({ status: 200 });
    const g = startMain({ image: 'registry.k8s.io/goproxy:0.1' });
    runUntil(g.p, g.world, 1000);
    expect([...g.p.listening().keys()]).toEqual([8080]);
  });
  it('redis listens on 6379 and does not speak HTTP; postgres without POSTGRES_PASSWORD exits 1 with its real message', () => {
    const r = startMain({ image: 'redis' });
    runUntil(r.p, r.world, 1000);
    expect(r.p.listening().get(6379)?.http('/')).toBe('hang');
    const pg = startMain({ image: 'postgres:16' });
    expect(pg.p.run()).toEqual({ state: 'exited', code: 1 });
    expect(pg.p.output()).toContain('superuser password is not specified');
  });
  it('postgres with a password takes ~3 s to listen on 5432', () => {
    const pg = startMain({ image: 'postgres', env: [{ name: 'POSTGRES_PASSWORD', value: 'pw' }] });
    runUntil(pg.p, pg.world, 2999);
    expect(pg.p.listening().size).toBe(0);
    runUntil(pg.p, pg.world, 3000);
    expect(pg.p.listening().has(5432)).toBe(true);
  });
  it('an unknown image runs a server on its declared containerPorts answering 200 everywhere', () => {
    const s = startMain({ image: 'example.com/shop/api:2', ports: [{ containerPort: 9000, protocol: 'TCP' }] });
    runUntil(s.p, s.world, 1000);
    expect(s.p.listening().get(9000)?.http('/anything')).toMatchObject({ status: 200 });
  });
  it('nginx without "daemon off" daemonises: the command exits 0 at once (a classic Completed container)', () => {
    const s = startMain({ image: 'nginx', command: ['nginx'] });
    expect(s.p.run()).toEqual({ state: 'exited', code: 0 });
  });
  it('args alone keep the image ENTRYPOINT: postgres args run through docker-entrypoint.sh', () => {
    const s = startMain({ image: 'postgres', args: ['postgres', '-c', 'max_connections=10'], env: [{ name: 'POSTGRES_PASSWORD', value: 'x' }] });
    runUntil(s.p, s.world, 4000);
    expect(s.p.listening().has(5432)).toBe(true);
  });
});

describe('seed article images (web:apache, sample:v2)', () => {
  it("web:apache: the seed's `sh /etc/run.sh` starts Apache httpd in the foreground, serving /var/www/html on 80", () => {
    const s = startMain({ image: 'web:apache', command: ['sh', '/etc/run.sh'], ports: [{ containerPort: 80, protocol: 'TCP', name: 'httpd' }] });
    expect(s.fs.read('/etc/run.sh')).toMatch(/httpd -DFOREGROUND/);
    const st = runUntil(s.p, s.world, 5_000);
    expect(st.state).toBe('running');
    const srv = s.p.listening().get(80);
    expect(srv?.http('/')).toMatchObject({ status: 200, body: expect.stringContaining('web:apache') });
    expect(srv?.http('/missing')).toMatchObject({ status: 404 });
    // httpd stops on TERM (graceful stop), as PID 1 via `exec` in the script
    s.p.signal('TERM');
    expect(runUntil(s.p, s.world, s.world.t + 5_000)).toMatchObject({ state: 'exited', code: 0 });
  });

  it('web:apache without a command runs the same script (the image CMD)', () => {
    const s = startMain({ image: 'web:apache' });
    expect(runUntil(s.p, s.world, 5_000).state).toBe('running');
    expect(s.p.listening().get(80)?.http('/')).toMatchObject({ status: 200 });
  });

  it("sample:v2: a Java web app on 8080 shipping /sample.war and an /app directory; the seed's postStart `cp /sample.war /app` succeeds", () => {
    const s = startMain({ image: 'sample:v2' });
    expect(runUntil(s.p, s.world, 5_000).state).toBe('running');
    expect(s.p.listening().get(8080)?.http('/')).toMatchObject({ status: 200 });
    expect(s.fs.isDir('/app')).toBe(true);
    const r = exec(s, ['cp', '/sample.war', '/app']);
    expect(r.st).toEqual({ state: 'exited', code: 0 });
    expect(s.fs.read('/app/sample.war')).toBe(s.fs.read('/sample.war'));
  });
});
