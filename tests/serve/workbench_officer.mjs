// Drives the installed Chromium through the workbench page on the reference
// model with its levers, as an officer would: the page leads with the levers,
// grouped by action; a lever-based what-if (Refugee Next Steps' caseload
// doubled) is answered under "You changed: ..."; the answer is marked out of
// date the moment a control changes; its share link reopens it with the same
// answer; printed, question and answer fit two A4 pages without the controls;
// twenty more places in a stage that was never full says so with their use; a
// figure far outside its plausible range runs only once confirmed. Prints the
// time from Run to the answer (a measure, not a test: see the README). Usage:
//   node workbench_officer.mjs URL OUT_DIR REPLICATIONS
// Prints "FAIL: ..." lines for what went wrong and exits 1 if anything did.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

import { browserPath, control, enter, fail, finish } from './page_steps.mjs';

const [url, out, replications] = process.argv.slice(2);

// Runs and waits for the answer; returns the seconds from the click to the answer on screen.
async function run(page) {
  const started = Date.now();
  await page.getByRole('button', { name: 'Run the what-if' }).click();
  await page.waitForFunction(() => !document.querySelector('#status').textContent.startsWith('Running'),
    null, { timeout: 60000 });
  return (Date.now() - started) / 1000;
}

async function leversFirst(page) {
  const first = await page.locator('#controls .control').first().getAttribute('data-pointer');
  if (!first || !first.startsWith('/levers/')) fail(`the first control is not a lever: ${first}`);
  const heading = await page.locator('#controls h3').first().textContent();
  if (!/council can do/.test(heading)) fail(`the controls do not open with the council's actions: ${heading}`);
  const groups = await page.locator('#controls > details.group > summary').allTextContents();
  if (!groups.includes('Refugee Next Steps')) fail(`the levers are not grouped by action: ${groups.join(' | ')}`);
  if (await page.locator('details#figures').evaluate((d) => d.open)) fail("the model's own figures are not folded away");
  // Shares to 0.1%, arrivals in households a year, routing labels in words.
  const model = await page.evaluate(() => state.model);
  const share = model.controls.find((c) => c.group === 'routing' && c.label.includes(' who '));
  if (!share) fail('no routing share is labelled in words ("... who ...")');
  if (/_|: yes|: no/.test(model.controls.filter((c) => c.group === 'routing').map((c) => c.label).join(' ')))
    fail('a routing label shows attribute codes');
  const arrivals = model.controls.find((c) => c.group === 'arrivals');
  if (!arrivals || !/a year/.test(arrivals.unit)) fail(`arrivals are not shown a year: ${arrivals && arrivals.unit}`);
  const shown = await control(page, share.pointer).locator('input').inputValue();
  if (/\.\d\d/.test(shown)) fail(`a share shows more than one decimal: ${shown}`);
  const lever = await control(page, '/levers/rns_reach').locator('input').inputValue();
  if (lever !== '25') fail(`a lever's share does not read in percent: ${lever}`);
}

async function question(page) {
  return page.locator('#question').innerText();
}

async function leverWhatIf(page) {
  await enter(page, '/levers/rns_places', '12');
  const seconds = await run(page);
  const status = await page.locator('#status').textContent();
  if (!status.startsWith('Answered')) return fail(`the lever what-if did not run: ${status}`);
  const asked = await question(page);
  if (!/You changed:/.test(asked) || !/from 6 to 12 open cases/.test(asked))
    fail(`the answer does not say what was changed: ${asked}`);
  console.log(`Refugee Next Steps caseload doubled, ${replications} replications: answered ${seconds.toFixed(2)} s ` +
    'after Run (page, browser and server on this machine)');
  await page.locator('#answer').screenshot({ path: `${out}/officer-answer.png` });
  return { verdict: await page.locator('#verdict').textContent(), asked };
}

async function outOfDate(page) {
  if (await page.locator('#stale').isVisible()) fail('a fresh answer is marked out of date');
  await enter(page, '/levers/rns_places', '13');
  if (!(await page.locator('#stale').isVisible())) fail('the answer is not marked out of date when a control changes');
  if (!(await page.locator('#answer.stale').count())) fail('the stale answer is not dimmed');
  await enter(page, '/levers/rns_places', '12');
}

async function shareLink(context, first) {
  const link = await context.pages()[0].locator('#share-link').getAttribute('href');
  if (!/lever\.rns_places=12/.test(link)) fail(`the share link does not carry the lever: ${link}`);
  const again = await context.newPage();
  await again.goto(link);
  await again.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Answered'),
    null, { timeout: 60000 }).catch(() => fail('the share link did not run the what-if'));
  const asked = await question(again);
  if (asked !== first.asked) fail(`the share link reopens another question: ${asked}`);
  if ((await again.locator('#verdict').textContent()) !== first.verdict) fail('the share link gives another answer');
  await again.close();
}

// Chromium's PDF of the page as printed on A4: its pages, counted from the PDF itself.
async function printed(page) {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  writeFileSync(`${out}/answer.pdf`, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  if (pages > 2) fail(`the printed answer takes ${pages} A4 pages`);
  if (pages < 1) fail('the printed answer has no pages');
  await page.emulateMedia({ media: 'print' });
  if (await page.locator('#controls').isVisible()) fail('the controls are printed');
  if (!(await page.locator('#question').isVisible())) fail('the question is not printed');
  await page.emulateMedia({ media: 'screen' });
  console.log(`printed on A4: ${pages} pages`);
}

// Twenty more places in temporary accommodation, never full in the baseline.
async function neverFull(page) {
  await page.getByRole('button', { name: 'Undo every change' }).click();
  const pointer = '/stages/main_duty_ta/capacity';
  const now = Number(await control(page, pointer).locator('input').inputValue());
  await enter(page, pointer, String(now + 20));
  const seconds = await run(page);
  console.log(`20 more temporary accommodation places, ${replications} replications: answered ${seconds.toFixed(2)} s after Run`);
  const verdict = await page.locator('#verdict').textContent();
  if (!/never full/.test(verdict) || !/of [\d,]+ places used at most/.test(verdict))
    fail(`the verdict on places never full does not say so: ${verdict}`);
  const asked = await question(page);
  if (!/from 8,000 to 8,020 places/.test(asked)) fail(`the question does not give the places: ${asked}`);
}

// The officer's other what-ifs, from presets: each answered, its time printed.
async function presets(page) {
  for (const name of ['56 days for everyone', 'Deposit and rent-in-advance scheme']) {
    await page.selectOption('#preset', { label: name });
    const seconds = await run(page);
    const status = await page.locator('#status').textContent();
    if (!status.startsWith('Answered')) fail(`the preset '${name}' did not run: ${status}`);
    if (!(await question(page)).includes(name)) fail(`the answer to '${name}' does not name it`);
    console.log(`${name} (preset), ${replications} replications: answered ${seconds.toFixed(2)} s after Run`);
  }
  await page.getByRole('button', { name: 'Undo every change' }).click();
}

// A figure far outside its plausible range (Refugee Next Steps' places, 3 to 20) asks first.
async function confirmFirst(page) {
  await page.getByRole('button', { name: 'Undo every change' }).click();
  await enter(page, '/stages/rns_casework/capacity', '5000');
  await page.getByRole('button', { name: 'Run the what-if' }).click();
  const again = page.getByRole('button', { name: 'Run it anyway' });
  await again.waitFor({ timeout: 20000 }).catch(() => fail('a figure 250 times its plausible top ran without asking'));
  if (!(await again.isVisible())) return;
  if (!/plausible/.test(await page.locator('#problems').textContent())) fail('the question does not say why it asks');
  await again.click();
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Answered'),
    null, { timeout: 60000 }).catch(() => fail('the confirmed what-if did not run'));
  await page.getByRole('button', { name: 'Undo every change' }).click();
}

const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'], headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4(00|22)/.test(m.text())) fail(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('#controls .control input');
  await page.fill('#replications', replications);
  await page.screenshot({ path: `${out}/officer-page.png`, fullPage: false });
  await leversFirst(page);
  const first = await leverWhatIf(page);
  if (first) {
    await outOfDate(page);
    await run(page);
    await printed(page);
    await shareLink(context, await (async () => ({ ...first, asked: await question(page) }))());
  }
  await neverFull(page);
  await presets(page);
  await confirmFirst(page);
} catch (e) {
  fail(e.message);
} finally {
  await browser.close();
}
finish();
