// Drives headless Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe:
// fd 3 in, fd 4 out, NUL-separated JSON), so no npm package is needed.
// Usage: node check-html.mjs CHROMIUM DIR
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [browserPath, dir] = process.argv.slice(2);
const page = pathToFileURL(resolve(dir, 'index.html')).href;
const reportPath = join(dir, 'compliance.json');
const expectedStudents = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')).submissions.length : null;
const profile = mkdtempSync(join(tmpdir(), 'check-html-'));

const chrome = spawn(browserPath, [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank',
], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let chromeErr = '';
chrome.stderr.on('data', (d) => { chromeErr += d; });

const failures = [];
const consoleErrors = [];
const requests = [];
let nextId = 1;
const pending = new Map();
const listeners = [];
let buffer = Buffer.alloc(0);

chrome.stdio[4].on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  let end;
  while ((end = buffer.indexOf(0)) >= 0) {
    const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
    buffer = buffer.subarray(end + 1);
    if (message.id && pending.has(message.id)) {
      const { resolve: done, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error))); else done(message.result);
    } else if (message.method) {
      for (const listener of listeners) listener(message);
    }
  }
});

function send(method, params = {}, sessionId) {
  const id = nextId++;
  chrome.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0');
  return new Promise((done, reject) => pending.set(id, { resolve: done, reject }));
}

function waitFor(method, sessionId, timeoutMs = 30000) {
  return new Promise((done, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
    listeners.push((message) => {
      if (message.method === method && message.sessionId === sessionId) { clearTimeout(timer); done(message.params); }
    });
  });
}

listeners.push((message) => {
  const p = message.params || {};
  if (message.method === 'Runtime.consoleAPICalled' && (p.type === 'error' || p.type === 'assert')) {
    consoleErrors.push(`console.${p.type}: ${(p.args || []).map((a) => a.value ?? a.description).join(' ')}`);
  } else if (message.method === 'Runtime.exceptionThrown') {
    consoleErrors.push(`exception: ${p.exceptionDetails?.exception?.description ?? p.exceptionDetails?.text}`);
  } else if (message.method === 'Log.entryAdded' && p.entry?.level === 'error') {
    consoleErrors.push(`${p.entry.source}: ${p.entry.text}`);
  } else if (message.method === 'Network.requestWillBeSent') {
    requests.push(p.request.url);
  }
});

async function evaluate(sessionId, expression) {
  const result = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
  if (result.exceptionDetails) throw new Error(`${expression}: ${result.exceptionDetails.text}`);
  return result.result.value;
}

async function main() {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  for (const domain of ['Page', 'Runtime', 'Log', 'Network']) await send(`${domain}.enable`, {}, sessionId);

  const loaded = waitFor('Page.loadEventFired', sessionId);
  await send('Page.navigate', { url: page }, sessionId);
  await loaded;

  const facts = await evaluate(sessionId, `(() => {
    const q = (s) => document.querySelectorAll(s).length;
    return {
      ready: document.body.getAttribute('data-ready'),
      title: document.title,
      stats: q('#class-stats dd'),
      requirementRows: q('#requirement-table tbody tr'),
      histogramBars: q('#histogram-chart rect'),
      heatCells: q('#heatmap-chart rect'),
      tableRows: q('#student-table tbody tr'),
      details: q('details.student'),
      scripts: q('script'),
      externals: q('[src], link[href], iframe, object, embed'),
      svgWidth: document.getElementById('histogram-chart')?.getBoundingClientRect().width ?? 0,
    };
  })()`);
  const check = (ok, what) => { if (!ok) failures.push(what); };
  check(facts.ready === 'true', `the page's script did not run (data-ready=${facts.ready})`);
  check(facts.stats >= 5, `class overview has ${facts.stats} figures`);
  check(facts.requirementRows >= 1, 'requirement table is empty');
  check(facts.histogramBars === 10, `histogram has ${facts.histogramBars} bars, expected 10`);
  check(facts.svgWidth > 0, 'histogram SVG is not rendered');
  check(facts.scripts === 1, `${facts.scripts} script elements, expected exactly the report's own`);
  check(facts.externals === 0, `${facts.externals} elements reference external resources`);
  if (expectedStudents !== null) {
    check(facts.tableRows === expectedStudents, `${facts.tableRows} student rows for ${expectedStudents} submissions`);
    check(facts.details === expectedStudents, `${facts.details} drill-downs for ${expectedStudents} submissions`);
    check(expectedStudents === 0 || facts.heatCells > 0, 'heat map has no cells');
  }

  if (facts.tableRows > 0) {
    const filtered = await evaluate(sessionId, `(() => {
      const rows = [...document.querySelectorAll('#student-table tbody tr')];
      const name = rows[0].getAttribute('data-student');
      const filter = document.getElementById('filter');
      filter.value = name;
      filter.dispatchEvent(new Event('input'));
      const shown = rows.filter((r) => !r.hidden).length;
      filter.value = '';
      filter.dispatchEvent(new Event('input'));
      return { shown, all: rows.filter((r) => !r.hidden).length, total: rows.length };
    })()`);
    check(filtered.shown >= 1 && filtered.shown <= filtered.total, `filter by the first name shows ${filtered.shown} rows`);
    check(filtered.all === filtered.total, 'clearing the filter does not show every row again');

    const opened = await evaluate(sessionId, `new Promise((done) => {
      location.hash = '#student-0';
      setTimeout(() => done(document.getElementById('student-0').open), 100);
    })`);
    check(opened === true, 'following #student-0 does not open the first drill-down');
  }

  const outside = requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:') && url !== 'about:blank');
  check(outside.length === 0, `network requests: ${outside.slice(0, 5).join(', ')}`);
  for (const error of consoleErrors) failures.push(`console: ${error}`);
}

let code = 0;
try {
  await main();
} catch (error) {
  failures.push(`${error.message}${chromeErr ? `\nchromium: ${chromeErr.slice(-2000)}` : ''}`);
}
// Chromium's helpers may still be writing its profile when the main process dies: wait for
// the exit, then retry the removal; a leftover temp folder is not a failed check.
if (chrome.exitCode === null && chrome.signalCode === null) {
  const exited = new Promise((resolve) => chrome.once('exit', resolve));
  chrome.kill('SIGKILL');
  await exited;
}
try {
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
} catch (error) {
  console.error(`check-html: could not remove ${profile}: ${error.message}`);
}
if (failures.length) {
  for (const failure of failures) console.error(`check-html: ${dir}/index.html: ${failure}`);
  code = 1;
} else {
  console.log(`${dir}/index.html: rendered in Chromium; overview, histogram, heat map, ${expectedStudents ?? 'all'} students, filter and drill-down links work; no console errors, no network`);
}
process.exit(code);
