/** The report's own styles (the highlighting comes from HIGHLIGHT_CSS). System fonts only: the file loads nothing. */
export const REPORT_CSS = `*{box-sizing:border-box}
body{margin:0;font:15px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;color:#111827;background:#f9fafb}
header.gw-head{padding:16px 24px;background:#fff;border-bottom:1px solid #e5e7eb}
h1{font-size:20px;margin:0 0 4px}h2{font-size:17px;margin:0 0 6px;word-break:break-all}h3{font-size:14px;margin:14px 0 6px;color:#374151}
.gw-meta{color:#6b7280;font-size:13px;margin:0}
.gw-counts{margin:6px 0 0;font-weight:600}
.gw-files{margin:10px 0 0;padding-left:20px}.gw-files li{margin:2px 0}
.gw-clean{color:#15803d}.gw-unchecked{color:#b91c1c;font-weight:600}
section.gw-file{margin:16px 24px;background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:16px}
.gw-toc{margin:4px 0 12px;display:flex;flex-wrap:wrap;gap:6px}
.gw-toc a{padding:2px 10px;border-radius:999px;background:#f3f4f6;color:#1f2937;text-decoration:none;font-size:13px}
.gw-layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(280px,2fr);gap:16px;align-items:start}
.gw-doc{border:1px solid #e5e7eb;border-radius:6px;padding:12px 16px;font-size:16px;background:#fff}
.gw-findings{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto}
.gw-findings ol{list-style:none;margin:0;padding:0}
.gw-finding{border-left:4px solid #9ca3af;background:#f9fafb;border-radius:4px;padding:6px 10px;margin:0 0 8px;cursor:pointer}
.gw-finding.gw-error{border-color:#dc2626}.gw-finding.gw-warning{border-color:#d97706}.gw-finding.gw-info{border-color:#2563eb}
.gw-finding.gw-selected{background:#fef9c3}
.gw-sev{font-weight:700;margin-right:6px}.gw-error .gw-sev{color:#b91c1c}.gw-warning .gw-sev{color:#b45309}.gw-info .gw-sev{color:#1d4ed8}
.gw-where,.gw-source{color:#6b7280;font-size:12px}
.gw-fix{font-size:13px}.gw-fix b{color:#15803d}
.gw-places{font-size:12px;color:#4b5563}.gw-places summary{cursor:pointer}
.gw-notes{color:#b91c1c}
@media (max-width:900px){.gw-layout{grid-template-columns:1fr}.gw-findings{position:static;max-height:none}}
@media print{body{background:#fff}.gw-layout{grid-template-columns:1fr}.gw-findings{position:static;max-height:none;overflow:visible}section.gw-file{break-inside:auto}}
`;

/**
 * Clicking a highlighted place selects its finding in the list (and every place of a
 * grouped finding); clicking a finding selects and shows its first place. Without
 * scripts the marks keep their tooltips and the list its anchors.
 */
export const REPORT_SCRIPT = `(function(){
function select(section,i,from){
  section.querySelectorAll('.gw-selected').forEach(function(e){e.classList.remove('gw-selected')});
  var marks=section.querySelectorAll('mark[data-issue="'+i+'"]');
  marks.forEach(function(e){e.classList.add('gw-selected')});
  var item=section.querySelector('li[data-issue="'+i+'"]');
  if(item){item.classList.add('gw-selected');if(from==='mark')item.scrollIntoView({block:'nearest'});}
  if(from==='item'&&marks[0])marks[0].scrollIntoView({block:'center'});
}
document.addEventListener('click',function(ev){
  var t=ev.target;if(!(t instanceof Element))return;
  var section=t.closest('section.gw-file');if(!section)return;
  var mark=t.closest('mark[data-issue]');
  if(mark){select(section,mark.getAttribute('data-issue'),'mark');return;}
  var item=t.closest('li[data-issue]');
  if(item&&!t.closest('summary,a'))select(section,item.getAttribute('data-issue'),'item');
});
})();`;
