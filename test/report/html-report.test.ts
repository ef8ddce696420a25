import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expandGroups, type Issue } from '../../src/index.js';
import { launchChromium } from '../helpers/chromium.js';
import { CORPUS, runCli } from '../helpers/run-cli.js';

/** What the page shows of one file: its text, and per data-issue the places its marks cover. */
interface ShownFile {
  name: string;
  text: string;
  marks: Record<string, { ranges: [number, number][]; rule: string }>;
}

/**
 * Reads each file's highlighted text back from the DOM: text offsets of every mark, adjacent
 * pieces of a split mark merged. Runs in the page (a string: the test project has no DOM types).
 */
const READ_PAGE = `[...document.querySelectorAll('section.gw-file')].map((section) => {
  const doc = section.querySelector('.gw-doc');
  const marks = {};
  let at = 0;
  const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent.length;
    for (let el = node.parentElement; el && el !== doc; el = el.parentElement) {
      if (el.tagName !== 'MARK') continue;
      const key = el.dataset.issue + (el.dataset.related === undefined ? '' : '/' + el.dataset.related);
      const entry = (marks[key] ??= { ranges: [], rule: el.dataset.rule ?? '' });
      const last = entry.ranges[entry.ranges.length - 1];
      if (last && last[1] === at) last[1] = at + length;
      else entry.ranges.push([at, at + length]);
    }
    at += length;
  }
  return { name: section.querySelector('h2').textContent, text: doc.textContent, marks };
})`;

function readPage(page: Page): Promise<ShownFile[]> {
  return page.evaluate(READ_PAGE) as Promise<ShownFile[]>;
}

describe('HTML report of the corpus in headless Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const html = runCli(['--format', 'html', CORPUS]);
  const json = JSON.parse(runCli(['--format', 'json', CORPUS]).out) as { file: string; issues: Issue[] }[];
  const withFindings = json.filter((r) => r.issues.length > 0);

  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console ${m.type()}: ${m.text()}`));
    const path = join(mkdtempSync(join(tmpdir(), 'gongwen-html-')), 'report.html');
    writeFileSync(path, html.out);
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => close?.());

  it('is one self-contained file: loads nothing but itself, no error on the console', () => {
    expect(html.code).toBe(1);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:.*report\.html$/);
    expect(problems).toEqual([]);
    expect(html.out).not.toMatch(/\b(src|href)="(?!#)/);
  });

  it('shows each file with findings, with its text as it is', async () => {
    const shown = await readPage(page);
    expect(shown.map((s) => s.name)).toEqual(withFindings.map((r) => r.file));
    shown.forEach((s) => expect(s.text).toBe(readFileSync(s.name, 'utf8')));
  });

  it('highlights exactly the places of the JSON output, every place of a grouped finding too', async () => {
    const shown = await readPage(page);
    shown.forEach((s, f) => {
      // Each finding as its places, independent of the order the report lists them in.
      const fromPage = new Map<string, string[]>();
      for (const [key, { ranges, rule }] of Object.entries(s.marks)) {
        const issue = key.split('/')[0]!;
        expect(ranges).toHaveLength(1);
        fromPage.set(issue, [...(fromPage.get(issue) ?? []), `${rule} ${ranges[0]![0]}-${ranges[0]![1]} ${s.text.slice(...ranges[0]!)}`]);
      }
      const fromJson = withFindings[f]!.issues.map((i) => expandGroups([i]).map((p) => `${i.ruleId} ${p.start}-${p.end} ${p.text}`).sort().join('\n'));
      expect([...fromPage.values()].map((places) => places.sort().join('\n')).sort()).toEqual(fromJson.sort());
    });
    const places = shown.reduce((n, s) => n + Object.keys(s.marks).length, 0);
    expect(places).toBe(json.reduce((n, r) => n + expandGroups(r.issues).length, 0));
  });

  it('has a table of contents by family and the counts', async () => {
    const section = page.locator('section.gw-file').filter({ hasText: '004_' });
    expect(await section.locator('.gw-toc a').allTextContents()).toEqual(['错别字 3', '标点 1']);
    expect(await section.locator('.gw-meta').first().textContent()).toBe('错别字 3 · 标点 1（共 122 处）');
    expect(await page.locator('.gw-counts').textContent()).toMatch(/^\d+ 条问题（错误 \d+，警告 \d+）/);
    const href = await section.locator('.gw-toc a').first().getAttribute('href');
    expect(await page.locator(href!).textContent()).toBe('错别字（3）');
  });

  it('colours by severity and shows message, source and suggestion on hover and on click', async () => {
    const section = page.locator('section.gw-file').filter({ hasText: '004_' });
    const mark = section.locator('mark.gw-error', { hasText: '针炙' });
    expect(await mark.getAttribute('title')).toBe('“针炙”应为“针灸”。“灸”指用燃烧的艾绒熏灼穴位；“炙”意为烤。\n建议：针灸');
    const colour = (m: typeof mark) => m.evaluate((e) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderBottomColor: string } }).getComputedStyle(e).borderBottomColor);
    expect(await colour(mark)).toBe('rgb(220, 38, 38)');
    expect(await colour(section.locator('mark.gw-warning').first())).toBe('rgb(217, 119, 6)');
    await mark.click();
    const selected = section.locator('li.gw-finding.gw-selected');
    expect(await selected.count()).toBe(1);
    expect(await selected.textContent()).toMatch(/“针炙”应为“针灸”.*建议：针灸.*规则 lexicon\/misused-word/);
    // A grouped finding selects all its places.
    await section.locator('li.gw-finding.gw-warning').click();
    expect(await section.locator('mark.gw-selected').count()).toBe(122);
  });
});
