import { describe, expect, it } from 'vitest';
import { container, exec, pod, probe, service, tcp } from '../../support/podBuilder';
import { at, run } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };
const withReadiness = () =>
  pod({
    containers: [
      container('app', { ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }], readinessProbe: probe('readiness', tcp(8080), { periodSeconds: 1 }) }),
      // a checker whose liveness probe calls the Service through cluster DNS (high threshold: never kills)
      container('checker', { livenessProbe: probe('liveness', exec('wget', 'web-svc', '80', '/'), { periodSeconds: 1, failureThreshold: 1000 }) }),
    ],
  });
const svc = service('web-svc', { ports: [{ port: 80, targetPort: 'http', protocol: 'TCP' }] });
const endpointsAt = (trace: ReturnType<typeof run>, s: number) => {
  let eps: string[] = [];
  for (const f of trace.frames) if (f.t <= s * 1000) eps = f.endpoints;
  return eps;
};
const checks = (trace: ReturnType<typeof run>) => trace.probes.filter((p) => p.container === 'checker').map((p) => [p.t / 1000, p.result, (p.output ?? '').trim()]);

describe('Services and endpoints (endpointslice podToEndpoint, kube-proxy)', () => {
  it('a Service lists the pod only while it is Ready, and traffic reaches the named targetPort', () => {
    const trace = run({
      pod: withReadiness(),
      services: [svc],
      behaviours: { app: { startup: 4000 } },
      options: present,
      until: 8,
    });
    expect(endpointsAt(trace, 3)).toEqual([]);
    expect(endpointsAt(trace, 6)).toEqual(['web-svc']);
    const c = checks(trace);
    expect(c.find(([t]) => t === 2)).toEqual([2, 'failure', 'Get "http://web-svc:80/": dial tcp 10.96.0.20:80: connect: connection refused']);
    expect(c.find(([t]) => t === 7)?.[1]).toBe('success');
  });

  it('a terminating pod leaves the endpoints at once (ready = serving && !terminating)', () => {
    const trace = run({ pod: withReadiness(), services: [svc], behaviours: { app: { sigterm: { exitAfter: 10_000, code: 0 } } }, options: present, interventions: [at(10, { type: 'delete' })], until: 30 });
    expect(endpointsAt(trace, 9)).toEqual(['web-svc']);
    expect(endpointsAt(trace, 10)).toEqual([]);
  });

  it('publishNotReadyAddresses lists the pod even when not Ready; a selector that does not match never does', () => {
    const trace = run({
      pod: withReadiness(),
      services: [service('headless', { publishNotReadyAddresses: true }), service('other', { selector: { app: 'db' }, clusterIP: '10.96.0.30' })],
      behaviours: { app: { startup: 100_000 } },
      options: present,
      until: 10,
    });
    expect(endpointsAt(trace, 9)).toEqual(['headless']);
  });

  it('apply adds a Service, deleteService removes it; unknown names do not resolve', () => {
    const trace = run({ pod: withReadiness(), options: present, interventions: [at(5, { type: 'deleteService', name: 'none' })], until: 4 });
    expect(checks(trace)[0]?.[2]).toBe('Get "http://web-svc:80/": dial tcp: lookup web-svc on 10.96.0.10:53: no such host');
    const t2 = run({ pod: withReadiness(), services: [svc], options: present, interventions: [at(5, { type: 'deleteService', name: 'web-svc' })], until: 8 });
    expect(endpointsAt(t2, 4)).toEqual(['web-svc']);
    expect(endpointsAt(t2, 6)).toEqual([]);
  });
});
