#!/usr/bin/env node
// The one test command (`npm test`): typecheck, lint, unit tests, production build, browser tests.
// Prints a closing `N passed, N failed` line summed over every runner, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';

const steps = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args) {
  const started = Date.now();
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

mkdirSync('test-results', { recursive: true });

// Checks that are not test runners count as one test each.
for (const [name, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
]) {
  if (run(name, 'npm', ['run', '-s', script])) passed++;
  else failed++;
}

const unitJson = 'test-results/unit.json';
if (existsSync(unitJson)) rmSync(unitJson);
const unitOk = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]);
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unitOk || unit.numFailedTests ? 0 : 1);
} else {
  failed++;
}

const buildOk = run('build', 'npm', ['run', '-s', 'build']);
if (buildOk) passed++;
else failed++;

if (buildOk) {
  const e2eJson = 'test-results/e2e.json';
  if (existsSync(e2eJson)) rmSync(e2eJson);
  const e2eOk = run('e2e', 'npx', ['playwright', 'test']);
  const e2e = readJson(e2eJson);
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
    if (!e2eOk && !e2e.stats.unexpected) failed++;
  } else {
    failed++;
  }
} else {
  failed++;
  steps.push({ name: 'e2e', ok: false, seconds: '0', skipped: true });
}

console.log('\n=== summary');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds}s)${s.skipped ? ' skipped: build failed' : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
