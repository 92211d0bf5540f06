/** The HTML report's stylesheet and its one small script, inlined so the file works offline. */

export const STYLE = `
:root { --error: #c62828; --error-bg: #fde4e4; --warning: #b26a00; --warning-bg: #fff0c7;
  --suggestion: #1f6fd1; --suggestion-bg: #e2eeff; --ink: #1d2433; --muted: #667085; --line: #e4e7ec;
  --good: #2e7d32; --fair: #c98a00; --poor: #c62828; --paper: #ffffff; --page: #f5f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.page { background: var(--paper); border-bottom: 1px solid var(--line); padding: 20px 32px; }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { margin: 0; font-size: 17px; word-break: break-all; }
.meta { color: var(--muted); margin: 0; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 14px; }
.total { background: var(--page); border-radius: 8px; padding: 8px 14px; min-width: 110px; }
.total b { display: block; font-size: 22px; }
.total.error b { color: var(--error); } .total.warning b { color: var(--warning); } .total.suggestion b { color: var(--suggestion); }
section, article { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; margin: 20px 32px; padding: 18px 22px; }
.charts { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
.chart { margin: 0; }
.chart figcaption, .summary h3 { font-weight: 600; margin-bottom: 6px; font-size: 15px; }
.chart svg { max-width: 100%; height: auto; }
.chart text { font-size: 12px; fill: var(--ink); } .chart text.count { fill: var(--muted); }
rect.error { fill: var(--error); } rect.warning { fill: #e9a400; } rect.suggestion { fill: var(--suggestion); }
.legend { color: var(--muted); font-size: 13px; } .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; }
.legend i.error { background: var(--error); } .legend i.warning { background: #e9a400; } .legend i.suggestion { background: var(--suggestion); }
table.toc { border-collapse: collapse; width: 100%; font-size: 14px; }
.toc th, .toc td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); }
.toc td.n { text-align: right; font-variant-numeric: tabular-nums; } .toc th.n { text-align: right; }
.toc a { color: var(--ink); }
.draft > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 12px; margin-bottom: 10px; }
.entry { color: var(--muted); font-weight: 500; }
.customer { margin: -4px 0 10px; font-size: 14px; color: var(--muted); } .customer b { color: var(--ink); }
.badge { font-size: 12px; border-radius: 10px; padding: 1px 8px; background: var(--page); }
.badge.error { color: var(--error); background: var(--error-bg); } .badge.warning { color: var(--warning); background: var(--warning-bg); }
.badge.suggestion { color: var(--suggestion); background: var(--suggestion-bg); }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 20px; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
.text { font: 13.5px/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #fbfbfc; border: 1px solid var(--line); border-radius: 8px; padding: 8px 0; overflow-x: auto; }
.line { display: flex; } .ln { flex: 0 0 44px; text-align: right; padding-right: 12px; color: #a0a7b4; user-select: none; }
.tx { white-space: pre-wrap; word-break: break-word; padding-right: 12px; }
.gap { color: #a0a7b4; padding-left: 56px; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.error { background: var(--error-bg); border-bottom: 2px solid var(--error); }
mark.warning { background: var(--warning-bg); border-bottom: 2px solid #e9a400; }
mark.suggestion { background: var(--suggestion-bg); border-bottom: 2px dotted var(--suggestion); }
mark.d2 { box-shadow: inset 0 -3px 0 rgba(0,0,0,.12); } mark.d3 { box-shadow: inset 0 -5px 0 rgba(0,0,0,.18); }
mark.pin { background: none; border: 0; font-weight: 700; } mark.pin.error { color: var(--error); } mark.pin.warning { color: #e9a400; } mark.pin.suggestion { color: var(--suggestion); }
mark.active, .note.active { outline: 2px solid var(--ink); }
sup.ref { font: 600 10px/1 system-ui, sans-serif; color: var(--muted); margin-right: 1px; }
ol.notes { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; align-self: start; position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow-y: auto; }
.note { border-left: 4px solid var(--line); border-radius: 6px; background: #fbfbfc; padding: 8px 10px; font-size: 14px; }
.note.error { border-left-color: var(--error); } .note.warning { border-left-color: #e9a400; } .note.suggestion { border-left-color: var(--suggestion); }
.note .num { display: inline-block; min-width: 18px; font-weight: 700; color: var(--muted); }
.note .pos, .note code { color: var(--muted); font-size: 12px; }
.note .sev { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; margin-right: 4px; }
.note.error .sev { color: var(--error); } .note.warning .sev { color: var(--warning); } .note.suggestion .sev { color: var(--suggestion); }
.note .try { color: var(--good); margin-top: 3px; } .note .try q { font-weight: 600; }
.note .why { color: var(--muted); margin-top: 2px; font-size: 13px; }
.note .fix { font-size: 12px; color: var(--good); }
.scorecard { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 4px 24px; margin: 4px 0 14px; }
.score { display: flex; align-items: center; gap: 8px; font-size: 13px; }
.score-label { flex: 0 0 80px; color: var(--muted); text-transform: capitalize; }
.score-track { flex: 1; height: 8px; background: var(--page); border-radius: 4px; overflow: hidden; }
.score-fill { display: block; height: 100%; border-radius: 4px; }
.good .score-fill { background: var(--good); } .fair .score-fill { background: var(--fair); } .poor .score-fill { background: var(--poor); }
.score-value { flex: 0 0 28px; text-align: right; font-variant-numeric: tabular-nums; }
.score.overall .score-label, .score.overall .score-value { font-weight: 700; color: var(--ink); }
details.clean summary { cursor: pointer; font-weight: 600; }
details.clean ul { columns: 2; color: var(--muted); font-size: 14px; }
footer { color: var(--muted); font-size: 13px; margin: 0 32px 28px; }
`;

/** Hovering a note outlines its marks, and hovering a mark outlines its notes. */
export const SCRIPT = `
document.addEventListener('mouseover', function (event) {
  var target = event.target.closest && event.target.closest('[data-findings], .note');
  document.querySelectorAll('.active').forEach(function (el) { el.classList.remove('active'); });
  if (!target) return;
  var ids = target.classList.contains('note') ? [target.id] : target.getAttribute('data-findings').split(' ');
  ids.forEach(function (id) {
    var note = document.getElementById(id);
    if (note) note.classList.add('active');
    document.querySelectorAll('mark[data-findings~="' + id + '"]').forEach(function (m) { m.classList.add('active'); });
  });
});
`;
