/**
 * The heavy benchmark scenario of ARCHITECTURE §8: 20 containers including sidecars, three probes each
 * at a 1 s period, with restarts (some containers' liveness fails periodically), simulated to 1 h.
 */
export function heavyManifest(): string {
  const sidecars = 4;
  const apps = 16;
  const probes = (i: number) => `
      startupProbe:
        tcpSocket: { port: ${8000 + i} }
        periodSeconds: 1
        failureThreshold: 30
      livenessProbe:
        httpGet: { path: /healthz, port: ${8000 + i} }
        periodSeconds: 1
        failureThreshold: 3
      readinessProbe:
        tcpSocket: { port: ${8000 + i} }
        periodSeconds: 1`;
  const container = (name: string, i: number, sidecar: boolean) => `
    - name: ${name}
      image: registry.example/app:${i}
      ${sidecar ? 'restartPolicy: Always' : ''}
      ports: [{ containerPort: ${8000 + i} }]${probes(i)}`;
  const behaviour: string[] = [];
  for (let i = 0; i < sidecars + apps; i++) {
    const name = i < sidecars ? `sidecar-${i}` : `app-${i}`;
    // every third container turns unhealthy 2-5 minutes into each attempt, so it restarts with back-off
    if (i % 3 === 0) {
      behaviour.push(`      ${name}:\n        http:\n          /healthz: [{from: 0, status: 200}, {from: ${120 + i * 10}s, status: 500}]`);
    }
  }
  return `apiVersion: v1
kind: Pod
metadata:
  name: heavy
  annotations:
    podlife/behavior: |
${behaviour.join('\n')}
spec:
  initContainers:${Array.from({ length: sidecars }, (_, i) => container(`sidecar-${i}`, i, true)).join('')}
  containers:${Array.from({ length: apps }, (_, j) => container(`app-${sidecars + j}`, sidecars + j, false)).join('')}
`;
}
