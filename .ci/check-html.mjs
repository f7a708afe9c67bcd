// Drives headless Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe:
// fd 3 in, fd 4 out, NUL-separated JSON), so no npm package is needed.
// Usage: node check-html.mjs CHROMIUM DIR
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
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
const screenshots = [];
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
      heatCells: q('#heatmap tbody td[class]'),
      heatRows: q('#heatmap tbody tr'),
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
    check(facts.heatRows === expectedStudents, `${facts.heatRows} heat-map rows for ${expectedStudents} submissions`);
  }

  // The heat map must stay readable at any class size: every student and requirement label
  // shown whole and apart from its neighbours, headers sticky while scrolling, sorting and
  // filtering working. Then screenshots for a person to look at.
  await send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
  const heat = await evaluate(sessionId, `(() => {
    const box = document.querySelector('.heat-scroll');
    const table = document.getElementById('heatmap');
    if (!box || !table) return { missing: true };
    const rect = (e) => e.getBoundingClientRect();
    const names = [...table.querySelectorAll('tbody th.who')];
    const heads = [...table.querySelectorAll('thead button')];
    let overlaps = 0, empty = 0, clipped = 0;
    for (let i = 0; i < names.length; i++) {
      const r = rect(names[i]);
      if (!names[i].textContent.trim() || r.height < 12) empty++;
      if (i > 0 && r.top < rect(names[i - 1]).bottom - 0.5) overlaps++;
      const a = names[i].querySelector('a');
      if (a && a.textContent.length <= 24 && a.getBoundingClientRect().width > names[i].clientWidth + 0.5) clipped++;
    }
    for (let i = 1; i < heads.length; i++) if (rect(heads[i]).left < rect(heads[i - 1]).right - 0.5) overlaps++;
    const fontSizes = names.slice(0, 5).map((n) => parseFloat(getComputedStyle(n).fontSize));
    box.scrollTop = box.scrollHeight; box.scrollLeft = box.scrollWidth;
    const boxRect = rect(box);
    const headTop = rect(table.tHead.rows[0].cells[0]).top;
    const lastName = rect(names[names.length - 1]);
    const stickyHead = Math.abs(headTop - boxRect.top) < 3;
    const stickyName = Math.abs(lastName.left - boxRect.left) < 3;
    const scrolled = box.scrollTop > 0;
    box.scrollTop = 0; box.scrollLeft = 0;
    return { names: names.length, heads: heads.length, overlaps, empty, clipped, fontSizes, stickyHead, stickyName, scrolled,
             wide: rect(table).width, boxHeight: boxRect.height };
  })()`);
  if (heat.missing) {
    check(false, 'heat map table (.heat-scroll #heatmap) is missing');
  } else {
    check(heat.overlaps === 0, `${heat.overlaps} heat-map labels overlap their neighbours`);
    check(heat.clipped === 0, `${heat.clipped} heat-map names of up to 24 characters are cut off`);
    check(heat.empty === 0, `${heat.empty} heat-map student labels are empty or squashed`);
    check(heat.fontSizes.every((size) => size >= 11), `heat-map names are set in ${heat.fontSizes.join(', ')} px`);
    check(!heat.scrolled || heat.stickyHead, 'the requirement header scrolls away with the rows');
    check(!heat.scrolled || heat.stickyName, 'the student names scroll away with the cells');
    check(heat.boxHeight <= 900, `the heat map is ${heat.boxHeight} px tall, taller than the window`);
    if (heat.names > 1) {
      const sorted = await evaluate(sessionId, `(() => {
        const table = document.getElementById('heatmap');
        const rank = { u: 0, p: 1, m: 2, t: 3, n: 4 };
        table.querySelector('thead button[data-sort="0"]').click();
        const byRequirement = [...table.tBodies[0].rows].map((r) => rank[r.cells[2].className] ?? 5);
        table.querySelector('thead button[data-sort="score"]').click();
        const byScore = [...table.tBodies[0].rows].map((r) => r.getAttribute('data-score')).filter((s) => s !== null).map(Number);
        table.querySelector('thead button[data-sort="name"]').click();
        const filter = document.getElementById('heat-filter');
        const first = table.tBodies[0].rows[0].getAttribute('data-student');
        filter.value = first; filter.dispatchEvent(new Event('input'));
        const shown = [...table.tBodies[0].rows].filter((r) => !r.hidden).length;
        const count = document.getElementById('heat-count').textContent;
        filter.value = ''; filter.dispatchEvent(new Event('input'));
        const show = document.getElementById('heat-show');
        show.value = 'u'; show.dispatchEvent(new Event('change'));
        const unmetRows = [...table.tBodies[0].rows].filter((r) => !r.hidden);
        const unmetOk = unmetRows.every((r) => r.querySelector('td.u'));
        show.value = ''; show.dispatchEvent(new Event('change'));
        const ascending = (list) => list.every((v, i) => i === 0 || list[i - 1] <= v);
        return { byRequirement: ascending(byRequirement), byScore: ascending(byScore), shown, count, unmetOk,
                 all: [...table.tBodies[0].rows].filter((r) => !r.hidden).length, total: table.tBodies[0].rows.length };
      })()`);
      check(sorted.byRequirement, 'sorting by the first requirement does not put its worst statuses first');
      check(sorted.byScore, 'sorting by % does not order the rows by score');
      check(sorted.shown >= 1 && sorted.shown < sorted.total, `filtering the heat map by one name shows ${sorted.shown} rows`);
      check(/^\d+ of \d+ students$/.test(sorted.count), `heat-map count reads "${sorted.count}"`);
      check(sorted.unmetOk, '"with an unmet requirement" shows a row without one');
      check(sorted.all === sorted.total, 'clearing the heat-map filters does not show every row again');
    }
    for (const [name, scroll] of [['heatmap.png', 0], ['heatmap-scrolled.png', 0.5]]) {
      const clip = await evaluate(sessionId, `(() => {
        const section = document.getElementById('heatmap-section');
        const box = document.querySelector('.heat-scroll');
        box.scrollTop = (box.scrollHeight - box.clientHeight) * ${scroll};
        section.scrollIntoView();
        const r = section.getBoundingClientRect();
        return { x: r.left + scrollX, y: r.top + scrollY, width: Math.min(r.width, 1280), height: Math.min(r.height, 900) };
      })()`);
      const shot = await send('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 1 }, captureBeyondViewport: true }, sessionId);
      writeFileSync(join(dir, name), Buffer.from(shot.data, 'base64'));
      screenshots.push(join(dir, name));
    }
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
  console.log(`${dir}/index.html: rendered in Chromium; overview, histogram, heat map (labels apart, sticky headers, sort, filter), ${expectedStudents ?? 'all'} students, filter and drill-down links work; no console errors, no network`);
  for (const shot of screenshots) console.log(`  screenshot: ${shot}`);
}
process.exit(code);
