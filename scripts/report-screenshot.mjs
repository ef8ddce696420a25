// The README's picture of the HTML report: `node scripts/report-screenshot.mjs [files…]` (after `npm run build`)
// writes docs/report-screenshot.png from `gongwen --format html` of the files (default: the shared corpus's bulletin 004),
// opened in Debian's headless Chromium with one finding clicked. CJK text needs a CJK font (Debian: fonts-noto-cjk);
// the committed picture was then reduced with `pngquant --quality 70-90 --strip` (Debian: pngquant).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, '..', 'shared', 'corpus');
const files = process.argv.length > 2 ? process.argv.slice(2) : [join(corpus, readdirSync(corpus).find((f) => f.startsWith('004_')))];
const html = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'html', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
const work = mkdtempSync(join(tmpdir(), 'gongwen-shot-'));
const page = join(work, 'report.html');
writeFileSync(page, html);
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.GONGWEN_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  viewport: { width: 1280, height: 860 },
  deviceScaleFactor: 1,
});
const tab = await context.newPage();
await tab.goto(pathToFileURL(page).href);
const mark = tab.locator('mark.gw-error').last();
await mark.click();
await mark.evaluate((e) => e.scrollIntoView({ block: 'center' }));
await tab.screenshot({ path: join(root, 'docs', 'report-screenshot.png') });
await context.close();
rmSync(work, { recursive: true, force: true });
