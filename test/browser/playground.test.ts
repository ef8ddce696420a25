import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proofread, type Issue } from '../../src/index.js';
import { launchChromium } from '../helpers/chromium.js';
import { CORPUS, ROOT, runCli } from '../helpers/run-cli.js';
// @ts-expect-error a plain ES module of the repository (no types)
import { servePlayground } from '../../playground/serve.mjs';

/** Where the test leaves its screenshot (CI keeps it as an artefact; the README shows a copy). */
const RESULTS = join(ROOT, 'test-results');

interface PageState {
  issues: Issue[];
  shown: Issue[];
  checks: number;
  lastCheckMs: number;
  lastProofreadMs: number;
  firstResultMs: number;
  ready: boolean;
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { gongwenPlayground: PageState }).gongwenPlayground);
const checks = async (page: Page) => (await state(page)).checks;
/** The underlined places: text and data-issue of each mark, in order. */
const marks = (page: Page) => page.$$eval('#backdrop mark', (els) => els.map((m) => ({ text: m.textContent, issue: (m as HTMLElement).dataset.issue })));
const messages = (page: Page) => page.$$eval('#findings .finding .message', (els) => els.map((m) => m.textContent ?? ''));

async function waitForCheck(page: Page, after: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { gongwenPlayground: PageState }).gongwenPlayground.checks > n, after, { timeout: 20_000 });
}

/** Replaces the whole text as a paste would, and waits for the re-check. */
async function paste(page: Page, text: string): Promise<void> {
  const before = await checks(page);
  await page.fill('#text', text);
  await waitForCheck(page, before);
}

describe('playground in headless Chromium', () => {
  let page: Page;
  let close: () => Promise<void>;
  let server: { url: string; close: () => Promise<void> };
  const errors: string[] = [];

  beforeAll(async () => {
    server = await servePlayground();
    const browser = await launchChromium();
    close = browser.close;
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { gongwenPlayground?: PageState }).gongwenPlayground?.ready, null, { timeout: 30_000 });
  });

  afterAll(async () => {
    await close?.();
    await server?.close();
  });

  it('loads the data and shows the sample findings with no error', async () => {
    const s = await state(page);
    expect(errors).toEqual([]);
    expect(s.shown.length).toBeGreaterThan(3);
    console.log(`playground: first result ${Math.round(s.firstResultMs)} ms after navigation (check ${Math.round(s.lastCheckMs)} ms)`);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'playground.png') });
  });

  it('underlines what an editor types, with messages and suggestions', async () => {
    await page.fill('#text', '');
    const before = await checks(page);
    await page.locator('#text').pressSequentially('截止目前，东溪镇针炙科已完成设备按装。', { delay: 5 });
    await waitForCheck(page, before);
    await page.waitForFunction(() => document.querySelectorAll('#backdrop mark').length === 3);
    expect((await marks(page)).map((m) => m.text)).toEqual(['截止目前', '针炙', '按装']);
    const shown = await messages(page);
    expect(shown[0]).toContain('“截止目前”应为“截至目前”');
    expect(shown[1]).toContain('“针炙”应为“针灸”');
    expect(await page.$$eval('#findings .accept', (els) => els.map((b) => b.textContent))).toEqual(['截至目前', '针灸', '安装']);
  });

  it('applies one fix, then all unambiguous ones', async () => {
    let before = await checks(page);
    await page.locator('#findings .finding').nth(1).locator('.accept').click();
    await waitForCheck(page, before);
    expect(await page.inputValue('#text')).toBe('截止目前，东溪镇针灸科已完成设备按装。');
    expect((await marks(page)).map((m) => m.text)).toEqual(['截止目前', '按装']);
    before = await checks(page);
    await page.click('#accept-all');
    await waitForCheck(page, before);
    expect(await page.inputValue('#text')).toBe('截至目前，东溪镇针灸科已完成设备安装。');
    expect(await marks(page)).toEqual([]);
    expect(await page.isDisabled('#accept-all')).toBe(true);
  });

  it('filters by family and severity', async () => {
    await paste(page, '截止目前，全市已完成2月30日的整改，共检查32个，合格26个，合格率85%。');
    const all = (await state(page)).shown.map((i) => i.category);
    expect(all).toEqual(expect.arrayContaining(['typo', 'date', 'number']));
    await page.uncheck('input[name="family"][value="typo"]');
    expect((await state(page)).shown.map((i) => i.category)).not.toContain('typo');
    expect((await marks(page)).map((m) => m.text)).not.toContain('截止目前');
    await page.check('input[name="family"][value="typo"]');
    await page.uncheck('input[name="severity"][value="error"]');
    expect((await state(page)).shown.filter((i) => i.severity === 'error')).toEqual([]);
    await page.check('input[name="severity"][value="error"]');
    expect((await state(page)).shown.map((i) => i.category)).toEqual(all);
  });

  it('uses the document date that is set', async () => {
    await paste(page, '截至6月30日，全市已完成整改工作。');
    expect((await state(page)).shown.map((i) => i.ruleId)).not.toContain('date/as-of-after-document');
    const before = await checks(page);
    await page.fill('#document-date', '2024-06-26');
    await page.dispatchEvent('#document-date', 'change');
    await waitForCheck(page, before);
    expect((await state(page)).shown.map((i) => i.ruleId)).toContain('date/as-of-after-document');
    await page.fill('#document-date', '');
    await page.dispatchEvent('#document-date', 'change');
  });

  it('reads Markdown and HTML, underlining places in the source', async () => {
    await page.selectOption('#format', 'markdown');
    await paste(page, '# 通知\n\n东溪镇**针炙**科，`截止目前`不查。\n');
    expect((await marks(page)).map((m) => m.text)).toEqual(['针炙']);
    await page.selectOption('#format', 'html');
    await paste(page, '<p>东溪镇<b>针炙</b>科</p><script>截止目前</script>');
    expect((await marks(page)).map((m) => m.text)).toEqual(['针炙']);
    await page.selectOption('#format', 'text');
  });

  it('stays responsive on a 20,000-character document: re-checks as the editor types', async () => {
    const corpusText = readdirSync(CORPUS).map((f) => readFileSync(join(CORPUS, f), 'utf8')).join('\n');
    const text = corpusText.repeat(Math.ceil(20_000 / corpusText.length)).slice(0, 20_000);
    await paste(page, text);
    await page.focus('#text');
    await page.keyboard.press('Control+End');
    const times: number[] = [];
    const proofreadTimes: number[] = [];
    for (const key of '截止目前，') {
      const before = await checks(page);
      await page.keyboard.type(key);
      await waitForCheck(page, before);
      const { lastCheckMs, lastProofreadMs } = await state(page);
      times.push(lastCheckMs);
      proofreadTimes.push(lastProofreadMs);
    }
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1]!;
    proofreadTimes.sort((a, b) => a - b);
    console.log(
      `playground: re-check of 20,000 characters after a keystroke: median ${Math.round(median)} ms (${times.map(Math.round).join(', ')}), of which proofread ${Math.round(proofreadTimes[proofreadTimes.length >> 1]!)} ms`,
    );
    expect((await page.inputValue('#text')).endsWith('截止目前，')).toBe(true);
    expect((await state(page)).shown.some((i) => i.text === '截止目前' && i.start > 19_000)).toBe(true);
    expect(median).toBeLessThan(1_000);
  });

  it('says, in Chinese, when the data cannot be loaded or was not loaded', async () => {
    const other = await page.context().newPage();
    try {
      await other.goto(new URL('/dist/artefacts.json', server.url).href); // same origin, nothing loaded yet
      const result = await other.evaluate(`(async () => {
        const { createProofreader, Proofreader } = await import('/dist/browser.js');
        const early = (() => { try { new Proofreader(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } })();
        const missing = await createProofreader({ dataUrl: '/nowhere/' }).then(() => 'no error', (e) => e.name + ': ' + e.message);
        const format = await createProofreader({ formats: ['toString'] }).then(() => 'no error', (e) => e.name + ': ' + e.message);
        return { early, missing, format };
      })()`);
      expect(result).toEqual({
        early: expect.stringContaining('DataError: gongwen: 数据尚未加载'),
        missing: expect.stringMatching(/^DataError: gongwen: 无法下载 http:\/\/127\.0\.0\.1:\d+\/nowhere\/artefacts\.json（HTTP 404）/),
        format: 'ConfigError: createProofreader: formats 应为 text | markdown | html 组成的数组，收到 ["toString"]',
      });
    } finally {
      await other.close();
    }
  });

  it('gives, byte for byte, the findings of the Node API and of the CLI on the corpus', async () => {
    const files = readdirSync(CORPUS).sort();
    const texts = files.map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    // A string, not a function: vitest would rewrite the function's import().
    const inBrowser = (await page.evaluate(`(async (texts) => {
      const { createProofreader } = await import('/dist/browser.js');
      const proofreader = await createProofreader();
      return texts.map((t) => JSON.stringify(proofreader.proofread(t).issues));
    })(${JSON.stringify(texts)})`)) as string[];
    const api = texts.map((t) => JSON.stringify(proofread(t).issues));
    const cli = JSON.parse(runCli(['--format', 'json', '--no-group', ...files.map((f) => join(CORPUS, f))]).out) as { issues: Issue[] }[];
    expect(inBrowser).toEqual(api);
    expect(cli.map((f) => JSON.stringify(f.issues))).toEqual(api);
    expect(api.join('').length).toBeGreaterThan(1000);
  });
});
