// The playground: gongwen/browser in a static page. The text is proofread on this
// page (no server), re-checked as the editor types, its findings underlined in place by
// the renderer the HTML report uses (src/render).
import {
  applyFixes,
  citationOf,
  createProofreader,
  escapeHtml,
  familyLabel,
  FAMILIES,
  HIGHLIGHT_CSS,
  isUnambiguousFix,
  renderHighlightedHtml,
} from '../dist/browser.js';

const SAMPLE = `关于做好2025年国庆节期间值班工作的通知

各镇（街道）、区政府各部门：
　　根据国办发[2024]5号文件精神，现就做好2025年10月1日（星期二）至10月8日值班工作通知如下。
　　一、截止目前，东溪镇针炙科已完成设备按装，全区各单位要深入学习贯彻党的20大精神。
　　二、要严格执行领导干部带班和24小时值守值守制度，值班人员名单请于9月25日前报送区政府办公室。

XX区人民政府办公室
2025年9月20日
`;

const SEVERITIES = [
  { value: 'error', label: '错误' },
  { value: 'warning', label: '警告' },
  { value: 'info', label: '提示' },
];
const DEBOUNCE_MS = 200;

const $ = (id) => document.getElementById(id);
const textarea = $('text');
const backdrop = $('backdrop');
const list = $('findings');
const status = $('status');
const acceptAll = $('accept-all');

/** What the page shows, and how long checks took (read by the browser test). */
const state = { issues: [], shown: [], selected: -1, checks: 0, lastCheckMs: 0, lastProofreadMs: 0, firstResultMs: 0, ready: false };
window.gongwenPlayground = state;

document.head.append(Object.assign(document.createElement('style'), { textContent: HIGHLIGHT_CSS }));
textarea.value = SAMPLE;

const proofreader = await createProofreader().catch((e) => {
  status.textContent = `加载失败：${e.message}`;
  throw e;
});
const guessing = proofreader.rules;

buildFilters();
check();
state.firstResultMs = performance.now();
state.ready = true;
status.dataset.ready = 'true';

let timer;
textarea.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, DEBOUNCE_MS);
});
textarea.addEventListener('scroll', syncScroll);
textarea.addEventListener('click', selectAtCaret);
textarea.addEventListener('keyup', (e) => e.key.startsWith('Arrow') && selectAtCaret());
$('format').addEventListener('change', check);
$('document-date').addEventListener('change', check);
$('severity-filter').addEventListener('change', show);
$('family-filter').addEventListener('change', show);
acceptAll.addEventListener('click', () => {
  const fixes = state.shown.filter((issue) => isUnambiguousFix(issue, guessing));
  replaceText(applyFixes(textarea.value, fixes));
});
new ResizeObserver(syncScroll).observe(textarea);

function buildFilters() {
  const box = (name, value, label) =>
    Object.assign(document.createElement('label'), { innerHTML: `<input type="checkbox" name="${name}" value="${value}" checked> ${label}` });
  $('severity-filter').append(...SEVERITIES.map((s) => box('severity', s.value, s.label)));
  const families = [...new Set(proofreader.rules.map((r) => r.category))];
  const ordered = [...FAMILIES.map((f) => f.category).filter((c) => families.includes(c)), ...families.filter((c) => !FAMILIES.some((f) => f.category === c))];
  $('family-filter').append(...ordered.map((c) => box('family', c, familyLabel(c))));
}

function checked(name) {
  return new Set([...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value));
}

function check() {
  const text = textarea.value;
  const format = $('format').value;
  const date = $('document-date').value;
  const started = performance.now();
  try {
    state.issues = proofreader.proofread(text, { format, ...(date && { documentDate: date }) }).issues;
  } catch (e) {
    state.issues = [];
    status.textContent = `无法检查：${e.message}`;
    show();
    return;
  }
  state.lastProofreadMs = performance.now() - started;
  show();
  state.lastCheckMs = performance.now() - started;
  state.checks++;
  status.textContent = `已检查 ${text.length.toLocaleString('zh-CN')} 字，用时 ${Math.round(state.lastCheckMs)} 毫秒`;
}

/** The findings that pass the filters, underlined and listed. */
function show() {
  const severities = checked('severity');
  const families = checked('family');
  state.shown = state.issues.filter((i) => severities.has(i.severity) && families.has(i.category));
  state.selected = -1;
  // A final newline needs a character after it, or the layer is a line shorter than the textarea.
  backdrop.innerHTML = `${renderHighlightedHtml(textarea.value, state.shown, { titles: false })} `;
  list.innerHTML = state.shown.map(findingHtml).join('');
  const hidden = state.issues.length - state.shown.length;
  $('findings-title').textContent = `问题 ${state.shown.length} 个${hidden ? `（另有 ${hidden} 个已筛除）` : ''}`;
  const fixable = state.shown.filter((issue) => isUnambiguousFix(issue, guessing)).length;
  acceptAll.disabled = fixable === 0;
  acceptAll.textContent = `全部采纳无歧义修改（${fixable}）`;
  syncScroll();
}

/** One finding of the list, as HTML: a long document has hundreds, built in one assignment. */
function findingHtml(issue, index) {
  const severity = SEVERITIES.find((s) => s.value === issue.severity)?.label ?? issue.severity;
  const source = citationOf(issue.message);
  const fixes = issue.suggestions
    .map((suggestion, i) => `<button type="button" class="accept" data-suggestion="${i}" title="采纳此修改">${suggestion === '' ? '（删除）' : escapeHtml(suggestion)}</button>`)
    .join('');
  return `<li class="finding ${issue.severity}" data-issue="${index}"><div class="meta"><span>${severity}</span><span>${escapeHtml(familyLabel(issue.category))}</span><span>第 ${issue.line} 行第 ${issue.column} 列</span><code>${escapeHtml(issue.ruleId)}</code></div>
<div class="message">${escapeHtml(issue.message)}</div>
${source ? `<div class="meta source">依据：${escapeHtml(source.replace(/^依据：/, ''))}</div>` : ''}${fixes ? `<div class="fixes">建议：${fixes}</div>` : ''}</li>`;
}

// One listener for the whole list: a click on a suggestion applies it, elsewhere on a finding selects its place.
list.addEventListener('click', (e) => {
  const item = e.target.closest('.finding');
  if (!item) return;
  const index = Number(item.dataset.issue);
  const issue = state.shown[index];
  const button = e.target.closest('.accept');
  if (button) return accept(issue, issue.suggestions[Number(button.dataset.suggestion)]);
  select(index);
  textarea.focus();
  textarea.setSelectionRange(issue.start, issue.end);
});

function accept(issue, suggestion) {
  const text = textarea.value;
  // Stale findings (the text changed under them) are not applied.
  if (text.slice(issue.start, issue.end) !== issue.text) return check();
  replaceText(text.slice(0, issue.start) + suggestion + text.slice(issue.end));
}

function replaceText(text) {
  clearTimeout(timer);
  // Through the editing commands, so that the browser's undo (Ctrl+Z) can take the fix back.
  textarea.focus();
  textarea.select();
  if (!document.execCommand('insertText', false, text)) textarea.value = text;
  clearTimeout(timer);
  check();
}

function selectAtCaret() {
  const at = textarea.selectionStart;
  const index = state.shown.findIndex((i) => i.start <= at && at <= i.end);
  if (index >= 0) select(index);
}

function select(index) {
  state.selected = index;
  for (const el of document.querySelectorAll('.gw-selected, .finding.selected')) el.classList.remove('gw-selected', 'selected');
  for (const el of backdrop.querySelectorAll(`[data-issue="${index}"]`)) el.classList.add('gw-selected');
  const item = list.querySelector(`[data-issue="${index}"]`);
  item?.classList.add('selected');
  item?.scrollIntoView({ block: 'nearest' });
}

function syncScroll() {
  backdrop.scrollTop = textarea.scrollTop;
  backdrop.scrollLeft = textarea.scrollLeft;
}

