/** Saves `text` as a file the browser downloads (an anchor with `download`, clicked inside `root`). */
export function downloadText(name: string, text: string, type: string, root: ParentNode): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
