// "/" focuses the search box, unless the reader is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  const box = document.getElementById('site-search') as HTMLInputElement | null;
  if (!box) return;
  event.preventDefault();
  box.focus();
});
