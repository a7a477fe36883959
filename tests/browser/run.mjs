// End-to-end check of the `newskg serve` web page in Debian's headless Chromium, through
// playwright-core. Consumes the server's URL (over the sample articles in data/) and a folder for
// screenshots; prints "browser checks passed" or exits non-zero naming the step that failed.
// Run by tests/it/serve.rs: node run.mjs http://127.0.0.1:PORT/ OUTDIR
import { chromium } from 'playwright-core';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const [base, outDir] = process.argv.slice(2);
if (!base || !outDir) {
  console.error('usage: node run.mjs URL OUTDIR');
  process.exit(2);
}
rmSync(join(outDir, 'failure.png'), { force: true });
// Flags for root in a sandbox with no outside network (see the machine notes); playwright gives
// every launch a fresh, empty profile (--user-data-dir) of its own.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const errors = [];
let step = 'start';
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  // The one expected failed load is the 400 of the deliberate syntax error below.
  page.on('console', (m) => {
    if (m.type() === 'error' && !(step === 'query error' && m.text().includes('status of 400'))) errors.push(`console error (${step}): ${m.text()}`);
  });
  const shot = (name) => page.screenshot({ path: join(outDir, name), fullPage: true });
  const expect = (cond, what) => { if (!cond) throw new Error(what); };
  const began = Date.now();
  page.on('requestfailed', (r) => console.log(`${Date.now() - began} ms FAILED ${r.method()} ${r.url().slice(0, 80)}: ${r.failure()?.errorText}`));
  page.on('request', (r) => { if (process.env.NEWSKG_BROWSER_TRACE) console.log(`${Date.now() - began} ms start ${r.method()} ${(r.postData() || '').slice(0, 160).replace(/\s+/g, ' ')}`); });
  page.on('requestfinished', (r) => { if (process.env.NEWSKG_BROWSER_TRACE) console.log(`${Date.now() - began} ms ${r.method()} ${r.url().slice(0, 80)} (${Math.round(r.timing().responseEnd)} ms)`); });

  step = 'saved query';
  await page.goto(base);
  await page.waitForSelector('#saved option[value="outages-by-provider"]', { state: 'attached' });
  await page.selectOption('#saved', 'outages-by-provider');
  expect((await page.inputValue('#sparql')).includes('nkg:Outage'), 'the saved query did not load into the editor');
  await page.click('#run');
  await page.waitForSelector('#results-table tbody tr');
  const rows = await page.locator('#results-table tbody tr').count();
  expect(rows >= 5, `only ${rows} rows for outages-by-provider`);
  const headers = await page.locator('#results-table thead th').allTextContents();
  expect(headers.includes('provider'), `unexpected columns ${headers}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  expect(download.suggestedFilename() === 'outages-by-provider.csv', `download named ${download.suggestedFilename()}`);
  await shot('query.png');

  step = 'query error';
  await page.fill('#sparql', 'SELECT WHERE {');
  await page.click('#run');
  await page.waitForSelector('[data-testid=error]');
  expect((await page.textContent('[data-testid=error]')).includes('400'), 'syntax error not shown');

  step = 'entity page';
  await page.click('nav a[data-nav=entities]');
  await page.waitForSelector('#entities-table tbody tr');
  await page.fill('#entity-filter', 'Vantora Cloud');
  await page.click('#entities-table a:text-is("Vantora Cloud")');
  await page.waitForSelector('[data-testid=entity-title]');
  expect((await page.textContent('[data-testid=entity-title]')).includes('Vantora Cloud'), 'wrong entity title');
  await page.waitForSelector('[data-testid=graph] .node');
  const nodes = await page.locator('[data-testid=graph] .node').count();
  expect(nodes >= 4, `neighbourhood graph has ${nodes} nodes`);
  const text = await page.textContent('main');
  expect(text.includes('Vantora Group') && text.includes('Vantora Drive'), 'relations missing on the entity page');
  expect(/Mentioned in \d+ articles?/.test(text), 'mentioning articles missing');
  await shot('entity.png');

  step = 'timeline';
  await page.click('nav a[data-nav=timeline]');
  await page.waitForSelector('[data-testid=timeline] circle.outage');
  const dots = await page.locator('[data-testid=timeline] circle.outage').count();
  expect(dots >= 5, `timeline has ${dots} outages`);
  expect((await page.locator('#timeline-table tbody tr').count()) >= dots, 'timeline table shorter than the chart');
  await shot('timeline.png');

  step = 'outage with its sources';
  // Two sample articles report the Vantora Cloud outage in Lisbon: one event, both sources listed.
  await page.click('#timeline-table a:has-text("2 articles")');
  await page.waitForSelector('#outage-sources tbody tr');
  const sources = await page.locator('#outage-sources tbody tr').count();
  expect(sources === 2, `the merged outage lists ${sources} sources`);
  expect((await page.locator('[data-testid=outage-facts]').textContent()).includes('Vantora Cloud'), 'provider missing');
  await shot('outage.png');

  step = 'article page';
  await page.goto(base + '#/article?id=sample-vantora-outage-2023-04');
  await page.waitForSelector('[data-testid=article-body] .m');
  const marks = await page.locator('[data-testid=article-body] .m').count();
  expect(marks >= 10, `only ${marks} highlighted spans`);
  const mark = await page.locator('[data-testid=article-body] .m[data-kind=company]').first().textContent();
  expect(mark.length > 2, 'no company highlighted');
  const facts = page.locator('[data-testid=fact]');
  expect((await facts.count()) >= 3, 'facts missing');
  await facts.filter({ hasText: 'outage' }).first().click();
  await page.waitForSelector('[data-testid=article-body] .ev');
  const evidence = (await page.locator('[data-testid=article-body] .ev').allTextContents()).join('');
  expect(evidence.includes('Vantora Cloud'), `evidence highlight reads ${evidence}`);
  await shot('article.png');

  step = 'entity link from article';
  await page.locator('[data-testid=article-body] .m[data-kind=person]').first().click();
  await page.waitForSelector('[data-testid=entity-title]');

  step = 'hostile text';
  // tests/it/serve.rs ingested an article whose title and text carry HTML and script.
  await page.goto(base + '#/article?id=hostile-markup');
  await page.waitForSelector('[data-testid=article-title]');
  const title = await page.textContent('[data-testid=article-title]');
  expect(title.includes('<img src=x onerror='), `hostile title not shown as text: ${title}`);
  expect((await page.locator('main img, main script').count()) === 0, 'hostile markup became elements');
  expect((await page.evaluate(() => window.__pwned)) === undefined, 'hostile script ran');
  await page.click('nav a[data-nav=articles]');
  await page.waitForSelector('#articles-table tbody tr');
  expect((await page.evaluate(() => window.__pwned)) === undefined, 'hostile script ran on the article list');

  expect(errors.length === 0, errors.join('\n'));
  console.log('browser checks passed: saved query (%d rows), entity page (%d nodes), timeline (%d outages), article (%d spans)', rows, nodes, dots, marks);
} catch (e) {
  console.error(`browser check failed at step "${step}": ${e.message}`);
  const t0 = Date.now();
  const probe = await fetch(base + 'query?query=ASK%7B%7D').then((r) => r.status).catch((err) => String(err));
  console.error(`server probe: ${probe} in ${Date.now() - t0} ms`);
  for (const page of browser.contexts().flatMap((c) => c.pages())) {
    console.error(`page ${page.url()} shows: ${(await page.textContent('main').catch(() => '?')).slice(0, 600)}`);
    await page.screenshot({ path: join(outDir, 'failure.png'), fullPage: true }).catch(() => {});
  }
  if (errors.length) console.error(errors.join('\n'));
  process.exitCode = 1;
} finally {
  await browser.close();
}
