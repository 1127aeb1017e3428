export const badgeCss = `
:host { all: initial; display: inline-block; position: relative; vertical-align: top; margin: 0 6px; }
* { box-sizing: border-box; }
.root { font: 12px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #3c1a00; }
.chip { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 10px; cursor: pointer; border: 1px solid; font: inherit; white-space: nowrap; }
.chip.medium { background: #fff7e6; border-color: #fa8c16; color: #873800; }
.chip.high { background: #fff1f0; border-color: #d93025; color: #820014; }
.chip.note { background: #f5f5f5; border-color: #bbb; color: #444; cursor: default; }
.details { position: fixed; z-index: 2147483646; top: 0; left: 0; margin: 0; width: 340px; max-width: calc(100vw - 16px); padding: 10px 12px;
  max-height: min(420px, calc(100vh - 16px)); overflow: auto; overscroll-behavior: contain;
  background: #fff; border: 1px solid #e0a080; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); text-align: left; white-space: normal; }
.details[hidden] { display: none; }
.head h2 { font-size: 13px; margin: 0 0 4px; }
.head h2.high { color: #a8071a; }
.head h2.medium { color: #873800; }
.top { list-style: none; padding: 0; margin: 0; }
.top li { margin: 1px 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.top li.extortion { color: #a8071a; font-weight: 600; }
.buttons { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.status { margin: 4px 0 0; color: #555; }
.status:empty { display: none; }
.more { margin-top: 8px; border-top: 1px solid #eee; padding-top: 6px; }
.more summary { cursor: pointer; color: #555; }
h3 { font-size: 12px; margin: 8px 0 2px; color: #666; font-weight: 600; }
ul, ol { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
time { color: #666; font-variant-numeric: tabular-nums; }
mark { background: #ffe58f; color: inherit; padding: 0 1px; }
.extortion { margin: 6px 0; }
p.extortion { padding: 4px 6px; background: #fff1f0; border-left: 3px solid #d93025; }
.quote { margin: 4px 0; padding: 4px 6px; background: #fafafa; border-left: 3px solid #ddd; color: #555; white-space: pre-wrap; word-break: break-all; }
.disclaimer { color: #888; margin: 6px 0 0; }
button { font: inherit; cursor: pointer; padding: 2px 8px; border-radius: 4px; border: 1px solid #ccc; background: #fff; color: #222; }
button.primary { background: #d93025; border-color: #b3261e; color: #fff; }
button:focus-visible, .chip:focus-visible, summary:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;
