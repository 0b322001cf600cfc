/**
 * Turns the chart on screen into a stand-alone picture: the drawn <svg> with its computed colours
 * and type written onto each element (the file has no stylesheet), the legend, and the frame's
 * title above and "Source: … · Data as of …" below. PNG is drawn from the same SVG.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
const PAD = 16;

export interface ChartPicture {
  svg: string;
  width: number;
  height: number;
}

/** Presentation attributes, not `style`: the page's CSP forbids style attributes, the file needs none. */
function inlinePaint(source: Element, clone: Element) {
  const computed = getComputedStyle(source);
  for (const name of PAINT) {
    const value = computed.getPropertyValue(name);
    if (value) clone.setAttribute(name, value);
  }
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  for (let i = 0; i < source.children.length; i++) {
    const child = clone.children[i];
    if (child) inlinePaint(source.children[i]!, child);
  }
}

function paintedClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlinePaint(svg, clone);
  clone.removeAttribute('tabindex');
  return clone;
}

/** The chart's own drawing: the largest <svg> in the body that is not a legend sample. */
function findChartSvg(body: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of body.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.closest('.chart-legend')) continue;
    const box = svg.getBoundingClientRect();
    if (box.width * box.height > area) {
      area = box.width * box.height;
      best = svg;
    }
  }
  return best;
}

/** Words broken into lines of about `chars` characters (SVG text does not wrap). */
function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function text(content: string, x: number, y: number, size: number, color: string, bold = false) {
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-size', String(size));
  node.setAttribute('fill', color);
  node.setAttribute('font-family', 'system-ui, sans-serif');
  if (bold) node.setAttribute('font-weight', '700');
  node.textContent = content;
  return node;
}

/** The chart as shown in `body`, framed with title, legend, source and "as of". */
export function buildChartPicture(
  body: Element,
  labels: { title: string; footer: string },
): ChartPicture | null {
  const chart = findChartSvg(body);
  if (!chart) return null;
  const box = chart.getBoundingClientRect();
  const style = getComputedStyle(body);
  const color = style.color || '#000000';
  const background =
    getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const width = Math.max(Math.ceil(box.width), 480) + PAD * 2;
  const chars = Math.floor((width - PAD * 2) / 8);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  out.append(rect);

  let y = PAD;
  for (const line of wrapText(labels.title, Math.floor(chars * 0.8))) {
    y += 22;
    out.append(text(line, PAD, y, 18, color, true));
  }
  y += 12;
  const drawing = paintedClone(chart);
  drawing.setAttribute('x', String(PAD));
  drawing.setAttribute('y', String(y));
  drawing.setAttribute('width', String(Math.ceil(box.width)));
  drawing.setAttribute('height', String(Math.ceil(box.height)));
  out.append(drawing);
  y += Math.ceil(box.height) + 8;

  // The legend is HTML beside the drawing: each entry's sample and words, laid out in rows.
  let x = PAD;
  const entries = [...body.querySelectorAll('.chart-legend li')];
  if (entries.length) y += 4;
  for (const entry of entries) {
    const sample = entry.querySelector<SVGSVGElement>('svg');
    // The words without the sample's own text (a "≈" drawn in the sample would appear twice).
    const wordsOnly = entry.cloneNode(true) as Element;
    for (const svg of wordsOnly.querySelectorAll('svg')) svg.remove();
    const words = wordsOnly.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const entryWidth = (sample ? 48 : 0) + words.length * 7 + 24;
    if (x > PAD && x + entryWidth > width - PAD) {
      x = PAD;
      y += 24;
    }
    if (sample) {
      const copy = paintedClone(sample);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y));
      out.append(copy);
    }
    out.append(text(words, x + (sample ? 48 : 0), y + 14, 13, color));
    x += entryWidth;
  }
  if (entries.length) y += 24;

  for (const line of wrapText(labels.footer, chars)) {
    y += 18;
    out.append(text(line, PAD, y, 13, color));
  }
  const height = y + PAD;
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(out), width, height };
}

/**
 * The picture as PNG at twice its size. The SVG goes in as a data: URL: the app's CSP allows
 * data: images but not blob: ones.
 */
export function toPng(picture: ChartPicture, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = picture.width * scale;
      canvas.height = picture.height * scale;
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no canvas'));
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, picture.width, picture.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no png'))), 'image/png');
    };
    image.onerror = () => reject(new Error('svg image failed'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  });
}
