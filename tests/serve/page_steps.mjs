// What the browser tests of the workbench share: the browser they drive, their
// list of failures, and how an officer finds and fills a control.
export const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';

export const failures = [];
export const fail = (what) => failures.push(what);

// Prints the failures and ends the script: 1 if anything failed.
export function finish() {
  for (const f of failures) console.log(`FAIL: ${f}`);
  process.exit(failures.length ? 1 : 0);
}

export const control = (page, pointer) => page.locator(`.control[data-pointer="${pointer}"]`);

// Types a value into a control, opening the sections around it first as an officer would.
export async function enter(page, pointer, value) {
  const closed = page.locator('details:not([open])', { has: control(page, pointer) });
  while (await closed.count()) await closed.first().locator(':scope > summary').click();
  await control(page, pointer).locator('input').fill(value);
}
