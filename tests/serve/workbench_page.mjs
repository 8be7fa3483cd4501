// Drives the installed Chromium through the workbench page, as an officer
// would: change Refugee Next Steps' places and a second figure, run, read the
// answer, download the what-if; run every preset, whose words must show and
// travel in the downloaded what-if; then enter invalid values and look for
// their messages beside the controls and in the banner by the Run button. Any
// console error (a refused script or style under the page's policy among them)
// fails. A routing share changed by hand must show its group rebalanced by the
// server. Usage:
//   node workbench_page.mjs URL OUT_DIR REPLICATIONS POINTER VALUE
// (POINTER, VALUE: the second figure changed, the relief duty's days in the reference model)
// Writes OUT_DIR/what-if.json (the downloaded scenario), OUT_DIR/table.txt
// (the table the page showed) and screenshots at 100% and 200% zoom; prints
// "FAIL: ..." lines for what went wrong and exits 1 if anything did.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

import { browserPath, control, enter, fail, finish } from './page_steps.mjs';

const [url, out, replications, secondPointer, secondValue] = process.argv.slice(2);
const capacity = '/stages/rns_casework/capacity';

async function runAndRead(page) {
  await Promise.all([page.waitForResponse((r) => r.url().includes('/api/compare'), { timeout: 30000 }),
    page.getByRole('button', { name: 'Run the what-if' }).click()]);
  await page.waitForFunction(() => !document.querySelector('#status').textContent.startsWith('Running'));
  return { verdict: await page.locator('#verdict').textContent(), table: await page.locator('#table').textContent(),
    rows: await page.locator('#rows').innerText() };
}

// The officer's table: money with thousands, no analyst's decimals, no "-0".
function checkRows(rows, verdict) {
  const analyst = rows.match(/.{0,60}(\d{5,}|-0(\.0)?(?![.\d])|\de\+).{0,20}/);
  if (analyst) fail(`the table reads like an analyst's: ${analyst[0]}`);
  if (!/ days/.test(rows) || !/%/.test(rows)) fail('the table gives no days or no percentages');
  if (!/central values/.test(verdict) || !/runs\)/.test(verdict)) fail(`the verdict does not say what its intervals cover: ${verdict}`);
}

async function checkLabels(page) {
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, button')]
    .filter((e) => (e.labels ? e.labels.length === 0 : true) && !e.textContent.trim()).length);
  if (unlabelled) fail(`${unlabelled} controls have no label`);
  // Keyboard: the first control is reached with Tab and changes with the arrow keys.
  const first = page.locator('#controls input').first();
  await first.focus();
  const was = await first.inputValue();
  await page.keyboard.press('ArrowUp');
  if ((await first.inputValue()) === was) fail('a control does not change with the arrow keys');
  await first.fill(was);
}

async function officer(page) {
  await page.goto(url);
  await page.waitForSelector(`.control[data-pointer="${capacity}"] input`);
  await page.screenshot({ path: `${out}/page-100.png` });
  await checkLabels(page);
  await page.fill('#replications', replications);
  await enter(page, capacity, '80');
  const first = await runAndRead(page);
  await enter(page, secondPointer, secondValue);
  const second = await runAndRead(page);
  if (!first.verdict || !second.verdict) fail('no verdict');
  if (first.table === second.table) fail(`the table did not change when ${secondPointer} changed`);
  if (/^Nothing changes/.test(second.verdict)) fail(`the verdict says nothing changes: ${second.verdict}`);
  checkRows(second.rows, second.verdict);
  if (!(await page.locator('#outcomes-chart svg .mark-rect path').count())) fail('the outcomes chart has no bars');
  if (!/\d%\s/.test(second.table)) fail(`the table shows no outcome shares: ${second.table.slice(0, 200)}`);
  const rows = await page.locator('#outcomes tbody tr').count();
  if (rows < 2) fail(`${rows} outcome rows`);
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this what-if' }).click()]);
  await download.saveAs(`${out}/what-if.json`);
  writeFileSync(`${out}/table.txt`, second.table);
  await page.locator('#answer').screenshot({ path: `${out}/answer-100.png` });
}

// Every bundled scenario offered as a preset runs as it is.
async function presets(page) {
  const names = await page.locator('#preset option').evaluateAll((o) => o.slice(1).map((e) => e.textContent));
  for (const name of names) {
    await page.selectOption('#preset', { label: name });
    const preset = await page.evaluate(() => state.preset);
    const about = await page.locator('#preset-about').textContent();
    if (!about.includes(preset.description)) fail(`the preset '${name}' does not show its description`);
    if (preset.note && !about.includes(preset.note)) fail(`the preset '${name}' does not show its note`);
    if (preset.cost && !about.includes('The change itself costs')) fail(`the preset '${name}' does not show its cost`);
    await runAndRead(page);
    const status = await page.locator('#status').textContent();
    if (!status.startsWith('Answered')) fail(`the preset '${name}' did not run: ${status}`);
    const what = await page.evaluate(() => scenario());
    for (const key of ['source', 'note', 'cost'])
      if (preset[key] !== undefined && JSON.stringify(what[key]) !== JSON.stringify(preset[key]))
        fail(`the what-if from the preset '${name}' does not carry its ${key}`);
  }
  await page.getByRole('button', { name: 'Undo every change' }).click();
}

// An invalid figure (0 places, a negative number of days) is an error beside
// its control, from the server's validation by pointer, listed in the banner
// by the Run button; a figure outside the plausible range is only a warning.
async function invalidValue(page, pointer, value) {
  await enter(page, pointer, value);
  await page.getByRole('button', { name: 'Run the what-if' }).click();
  const message = control(page, pointer).locator('.message');
  await page.waitForSelector(`.control.invalid[data-pointer="${pointer}"]`, { timeout: 10000 })
    .catch(() => fail(`an invalid value at ${pointer} is not marked beside its control`));
  const text = (await message.textContent()) || '';
  if (!/^Error: .*(integer >= 1|must be)/.test(text)) fail(`the message beside ${pointer} reads '${text}'`);
  const banner = page.locator('.run #problems');
  if (!(await banner.isVisible())) fail('the problems are not shown by the Run button');
  if (/--max|\/stages\//.test(await page.locator('main').textContent())) fail('the page shows jargon or pointers');
  await page.getByRole('button', { name: 'Undo every change' }).click();
}

async function warningValue(page) {
  await enter(page, capacity, '1000');
  const box = control(page, capacity);
  if (!(await box.evaluate((b) => b.classList.contains('warning') && !b.classList.contains('invalid'))))
    fail('a value outside the plausible range is not a warning');
  if (!/^Warning: /.test(await box.locator('.message').textContent())) fail('the warning does not say it is one');
  await page.getByRole('button', { name: 'Undo every change' }).click();
}

// A routing share changed by hand: the server rebalances its group and the
// page shows the other shares so that they still add up to 100%.
async function shareRebalanced(page) {
  const c = await page.evaluate(() => state.model.controls.find((x) => x.siblings && x.siblings.length === 1));
  if (!c) return fail('no routing share with one sibling to change');
  const sibling = control(page, c.siblings[0]).locator('input');
  const was = Number(await sibling.inputValue());
  const now = Math.round(c.value * 100) === 50 ? 40 : 50;
  await enter(page, c.pointer, String(now));
  await page.waitForFunction(([p, w]) => Number(document.querySelector(`.control[data-pointer="${p}"] input`).value) !== w,
    [c.siblings[0], was], { timeout: 10000 }).catch(() => {});
  const shown = Number(await sibling.inputValue());
  if (Math.abs(shown + now - 100) > 1e-6) fail(`changing ${c.pointer} to ${now}% left its sibling at ${shown}%`);
  await page.getByRole('button', { name: 'Undo every change' }).click();
}

const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'], headless: true });
try {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // An invalid what-if is answered 400 on purpose; the browser logs every 4xx.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 400/.test(m.text())) fail(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));
  await officer(page);
  await presets(page);
  await invalidValue(page, capacity, '0');
  await invalidValue(page, secondPointer, '-5');
  await warningValue(page);
  await shareRebalanced(page);
  // 200% zoom: half the CSS width at twice the pixels; nothing may run off the side.
  const zoomed = await browser.newContext({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
  const big = await zoomed.newPage();
  await big.goto(url);
  await big.waitForSelector('#controls input');
  const wide = await big.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  if (wide) fail('at 200% zoom the page scrolls sideways');
  await big.screenshot({ path: `${out}/page-200.png` });
  await big.fill('#replications', replications);
  await runAndRead(big);
  if (await big.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1))
    fail('at 200% zoom the answer scrolls sideways');
  await big.locator('#answer').screenshot({ path: `${out}/answer-200.png` });
} catch (e) {
  fail(e.message);
} finally {
  await browser.close();
}
finish();
