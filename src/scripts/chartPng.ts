// <chart-png>: the PNG download of a chart, drawn in the browser from the chart's SVG file. Its link (hidden
// without JavaScript) is shown, and a click draws the SVG at twice its size on a canvas and saves the result.
// The build ships no PNG files (see README: take-away charts).
async function savePng(link: HTMLAnchorElement): Promise<void> {
  const image = new Image();
  image.src = link.href;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const save = document.createElement('a');
  save.href = URL.createObjectURL(blob);
  save.download = link.getAttribute('download') ?? 'chart.png';
  document.body.append(save);
  save.click();
  save.remove();
  setTimeout(() => URL.revokeObjectURL(save.href), 10_000);
}

class ChartPng extends HTMLElement {
  #link: HTMLAnchorElement | null = null;

  connectedCallback(): void {
    const link = this.querySelector('a');
    if (this.#link || !link) return;
    this.#link = link;
    link.hidden = false;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void savePng(link);
    });
  }
}

if (!customElements.get('chart-png')) customElements.define('chart-png', ChartPng);
