// Opens the profile's folded parts before printing and closes them again after, for browsers that keep a
// closed <details> closed on paper whatever the print stylesheet says. Progressive enhancement only: the
// print stylesheet (src/styles/profile.css) shows their content without it.
const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]:not([open])')) {
    details.open = true;
    opened.push(details);
  }
});
addEventListener('afterprint', () => {
  for (const details of opened.splice(0)) details.open = false;
});
