// A bounded load test of the workbench on loopback. Usage:
//   node workbench_load.mjs concurrent URL N REPLICATIONS
//     N what-ifs at once (four different ones, repeated): every one answered
//     200 with the answer it gets alone, none lost; prints p95 latency.
//   node workbench_load.mjs overflow URL N REPLICATIONS
//     N slow what-ifs at once against a short queue: some refused with 503,
//     each refusal within a second, the rest answered 200.
//   node workbench_load.mjs burst URL N REPLICATIONS PID MAX_RSS_MB
//     N what-ifs at once against the queue (--queue shorter than N): every one
//     answered 200 or 503, none otherwise; each 503 within 100 ms; the server's
//     (PID) resident memory, read every 50 ms, never above MAX_RSS_MB.
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [mode, url, count, replications, pid, maxRss] = process.argv.slice(2);
const failures = [];
const fail = (what) => failures.push(what);

// Different what-ifs: the typical time single refugees spend in move-on, in days.
function whatIf(days) {
  return { format: 'pathways-scenario/1', name: `${days} days`,
    patch: { stages: { move_on_single: { duration: { median: days } } } } };
}

async function post(document) {
  const started = performance.now();
  const response = await fetch(`${url}api/compare?replications=${replications}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(document) });
  const body = await response.text();
  return { status: response.status, body, seconds: (performance.now() - started) / 1000 };
}

// The same through Node's own HTTP module, a connection a request: fetch's client adds
// about 100 ms of its own to each of 40 requests at once, which is not the server's.
function postPlain(document) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(document);
    const started = performance.now();
    const request = http.request(`${url}api/compare?replications=${replications}`, {
      method: 'POST', agent: false,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (response) => {
      const parts = [];
      response.on('data', (d) => parts.push(d));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(parts).toString(),
        seconds: (performance.now() - started) / 1000 }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

// The differences a what-if's answer gives, for comparing answers.
function differences(answer) {
  const s = JSON.parse(answer.body).scenarios;
  return s && s[0] ? JSON.stringify(s[0].differences) : '';
}

async function concurrent(n) {
  const kinds = [10, 15, 25, 35];
  // The right answers, one at a time, before the load.
  const right = new Map();
  for (const days of kinds) right.set(days, differences(await post(whatIf(days))));
  if (new Set(right.values()).size !== kinds.length) fail('different what-ifs got the same answer');
  const days = Array.from({ length: n }, (_, i) => kinds[i % kinds.length]);
  const answers = await Promise.all(days.map((d) => post(whatIf(d))));
  answers.forEach((a, i) => {
    if (a.status !== 200) return fail(`what-if ${i + 1} answered ${a.status}: ${a.body.slice(0, 200)}`);
    if (JSON.parse(a.body).scenarios[0].name !== `${days[i]} days`) return fail(`what-if ${i + 1} got another's answer`);
    if (differences(a) !== right.get(days[i])) fail(`what-if ${i + 1} (${days[i]} days) got a wrong answer`);
  });
  const seconds = answers.map((a) => a.seconds);
  console.log(`${n} concurrent what-ifs (${replications} replications each), all answered and right: ` +
    `p50 ${percentile(seconds, 0.5).toFixed(2)} s, p95 ${percentile(seconds, 0.95).toFixed(2)} s, ` +
    `max ${Math.max(...seconds).toFixed(2)} s`);
}

async function overflow(n) {
  const answers = await Promise.all(Array.from({ length: n }, (_, i) => post(whatIf(10 + i))));
  const refused = answers.filter((a) => a.status === 503);
  const answered = answers.filter((a) => a.status === 200);
  if (!refused.length) fail('no what-if was refused past the queue');
  if (refused.length + answered.length !== n)
    fail(`answers other than 200 and 503: ${answers.map((a) => a.status).join(' ')}`);
  const slowest = Math.max(...refused.map((a) => a.seconds));
  // At once: not after waiting for a place, which takes several runs' time; the
  // bound is loose because CI runs other tests beside this one.
  if (slowest > 5) fail(`a refusal took ${slowest.toFixed(2)} s`);
  console.log(`${n} at once past the queue: ${answered.length} answered, ${refused.length} refused ` +
    `(slowest refusal ${slowest.toFixed(3)} s)`);
}

// The server's resident memory now, in MB.
function rssMb() {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function burst(n) {
  let peak = rssMb();
  const before = peak;
  const watch = setInterval(() => { peak = Math.max(peak, rssMb()); }, 50);
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: n }, (_, i) => postPlain(whatIf(10 + (i % 30)))));
  const wall = (performance.now() - started) / 1000;
  clearInterval(watch);
  peak = Math.max(peak, rssMb());
  const refused = answers.filter((a) => a.status === 503);
  const answered = answers.filter((a) => a.status === 200);
  const other = answers.filter((a) => a.status !== 200 && a.status !== 503);
  if (other.length) fail(`answers other than 200 and 503: ${other.map((a) => `${a.status} ${a.body.slice(0, 120)}`).join('; ')}`);
  if (!refused.length) fail('no what-if was refused past the queue');
  const slowest = refused.length ? Math.max(...refused.map((a) => a.seconds)) : 0;
  if (slowest > 0.1) fail(`a refusal past the queue took ${(slowest * 1000).toFixed(0)} ms`);
  for (const a of refused) if (!/queue/.test(a.body)) fail(`a 503 does not say the queue is full: ${a.body.slice(0, 120)}`);
  if (peak > Number(maxRss)) fail(`the server's memory reached ${peak.toFixed(0)} MB (bound ${maxRss} MB)`);
  const times = answered.map((a) => a.seconds);
  console.log(`${n} what-ifs at once (${replications} replications each): ${answered.length} answered ` +
    `(first after ${Math.min(...times).toFixed(1)} s, last after ${Math.max(...times).toFixed(1)} s), ${refused.length} refused (refusals: median ` +
    `${refused.length ? (percentile(refused.map((a) => a.seconds), 0.5) * 1000).toFixed(0) : '-'} ms, slowest ` +
    `${(slowest * 1000).toFixed(0)} ms); server memory ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB at most ` +
    `(bound ${maxRss} MB), ${rssMb().toFixed(0)} MB after; ${wall.toFixed(1)} s in all`);
}

try {
  await (mode === 'overflow' ? overflow : mode === 'burst' ? burst : concurrent)(Number(count));
} catch (e) {
  fail(e.message);
}
for (const f of failures) console.log(`FAIL: ${f}`);
process.exit(failures.length ? 1 : 0);
