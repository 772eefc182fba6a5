/** The studio's page styles (light and dark, forced colours, reduced motion; one column up to 60em). */
export const studioStyles = `
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#fff;--muted:#4a5560;--line:#6b7682;--soft:#eef3f8;--accent:#0b5cad;--accent-fg:#fff;--bad:#a4262c;--bad-soft:#fbe3e4;--focus:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#e9edf1;--bg:#16191d;--muted:#b4bec8;--line:#8a96a3;--soft:#222a33;--accent:#7db8f0;--accent-fg:#0d1117;--bad:#ff9aa0;--bad-soft:#47191c;--focus:#7db8f0}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
cg-studio{display:block;max-width:100rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:0 0 .75rem}h3{font-size:1.1rem;margin:1rem 0 .5rem}
p{margin:.25rem 0 .75rem}
a{color:var(--accent)}
.top{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-start;justify-content:space-between}
.top>div:first-child{flex:1 1 30rem}.top>.hint{flex-basis:100%}
nav ol{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0 1rem}
.layout{display:grid;gap:0;grid-template-columns:minmax(0,1fr)}
@media (min-width:60em){.layout{grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:1.5rem}.layout>section{grid-column:1}.layout>#preview{grid-column:2;grid-row:1/span 4;align-self:start;position:sticky;top:0;max-height:100vh;overflow:auto}}
.frame-box:focus-within{outline:3px solid var(--focus);outline-offset:2px}
section{border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin-bottom:1.5rem;min-width:0}
.field{margin:0 0 1rem;min-width:0}
label,legend{font-weight:600}
.field>label,.field>legend{display:block;margin-bottom:.25rem}
.opt,.tags{font-weight:400;color:var(--muted)}
.hint{color:var(--muted);font-size:.9rem;margin:0 0 .25rem}
input[type=text],input[type=url],textarea,select{display:block;width:100%;max-width:100%;min-height:44px;padding:.5rem;border:1px solid var(--line);border-radius:.25rem;background:var(--bg);color:var(--fg);font:inherit}
textarea{resize:vertical}
input[readonly]{background:var(--soft)}
fieldset{border:1px solid var(--line);border-radius:.5rem;padding:.75rem;margin:0 0 1rem;min-width:0}
fieldset.group{border-width:2px}
.row{display:flex;flex-wrap:wrap;gap:0 1rem}.row>.field{flex:1 1 8rem}
button,.button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;min-width:44px;padding:.4rem .9rem;margin:0 .5rem .5rem 0;border:1px solid var(--line);border-radius:.4rem;background:var(--soft);color:var(--fg);font:inherit;font-weight:600;cursor:pointer;text-align:center}
button.primary{background:var(--accent);color:var(--accent-fg);border-color:var(--accent)}
button.small{min-height:44px;padding:.25rem .6rem;font-weight:500}
button:disabled,button[aria-disabled=true]{opacity:.6;cursor:not-allowed}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
#import:focus-visible+button,#import:focus-visible{outline:none}
label.button:has(+#import:focus-visible){outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;z-index:2;background:var(--bg);padding:.5rem}
.field-error{color:var(--fg);background:var(--bad-soft);border-left:4px solid var(--bad);padding:.25rem .5rem;margin:.25rem 0;list-style:none}
ul.field-error{padding-left:.5rem}
[aria-invalid=true]{border-color:var(--bad)!important;border-width:2px!important}
.problems{border:2px solid var(--bad);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0;background:var(--bad-soft)}
.problems ul{padding-left:1.25rem}
.excerpt{overflow-x:auto;background:var(--soft);padding:.5rem;font-size:.9rem}
.items{list-style:none;padding:0;margin:0 0 1rem;max-height:28rem;overflow:auto;border:1px solid var(--line);border-radius:.5rem}
.items li{display:flex;flex-wrap:wrap;gap:.25rem;align-items:center;justify-content:space-between;padding:.25rem .5rem;border-bottom:1px solid var(--line)}
.items li.current{background:var(--soft)}
.items .item{flex:1 1 12rem;display:block;text-align:left;background:transparent;border:0;margin:0;padding:.25rem;font-weight:600}
.items .item-name{display:block;overflow-wrap:anywhere}.items .tags{display:block;font-size:.85rem}
.bad{color:var(--bad);font-weight:600}
.item-actions{display:flex;flex-wrap:wrap}
.item-actions button{margin:0 .25rem 0 0}
.editor{border:2px solid var(--accent)}
.editor h3:focus{outline:3px solid var(--focus)}
.chips{list-style:none;padding:0;margin:0 0 .5rem}.chips li{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.checks{list-style:none;padding:0}.checks label{font-weight:400}
.widths{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}.widths label{font-weight:400;display:flex;gap:.4rem;align-items:center;min-height:44px}
input[type=radio],input[type=checkbox]{width:1.25rem;height:1.25rem}
.frame-box{overflow:hidden;border:1px solid var(--line);border-radius:.25rem;background:#fff;min-height:300px}
#preview-frame{border:0;transform-origin:0 0;display:block;background:#fff}
.exports{display:grid;gap:.5rem 1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.snippet textarea{font-family:ui-monospace,monospace;font-size:.85rem}
details.advanced>summary{cursor:pointer;font-weight:600;min-height:44px;display:flex;align-items:center}
@media (forced-colors:active){button.primary{forced-color-adjust:none;background:Highlight;color:HighlightText;border-color:Highlight}.field-error,.problems{border-color:CanvasText}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important;transition:none!important}}
`;
