// A bounded load test of the workbench on loopback. Usage:
//   node workbench_load.mjs concurrent URL N REPLICATIONS
//     N what-ifs at once (four different ones, repeated): every one answered
//     200 with the answer it gets alone, none lost; prints p95 latency.
//   node workbench_load.mjs overflow URL N REPLICATIONS
//     N slow what-ifs at once against a short queue: some refused with 503,
//     each refusal within a second, the rest answered 200.
const [mode, url, count, replications] = process.argv.slice(2);
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

try {
  await (mode === 'overflow' ? overflow : concurrent)(Number(count));
} catch (e) {
  fail(e.message);
}
for (const f of failures) console.log(`FAIL: ${f}`);
process.exit(failures.length ? 1 : 0);
