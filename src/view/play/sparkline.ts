const SVG = 'http://www.w3.org/2000/svg';

/** A tiny CloudWatch-style sparkline as inline SVG: a line, and optionally a shaded band under it. */
export function sparkline(label: string): { el: SVGSVGElement; draw(values: number[], band: number[] | null): void } {
  const el = document.createElementNS(SVG, 'svg');
  el.setAttribute('viewBox', '0 0 120 28');
  el.setAttribute('class', 'sparkline');
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  const area = document.createElementNS(SVG, 'path');
  area.setAttribute('class', 'spark-band');
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('class', 'spark-line');
  el.append(area, line);
  let last = '';
  return {
    el,
    draw(values, band) {
      const key = `${values.length}:${values.at(-1) ?? 0}:${band?.at(-1) ?? 0}`;
      if (key === last) return;
      last = key;
      const max = Math.max(1, ...values, ...(band ?? []));
      const x = (i: number, n: number) => (n <= 1 ? 0 : (i * 120) / (n - 1));
      const y = (v: number) => 27 - (v / max) * 26;
      line.setAttribute('d', values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i, values.length).toFixed(1)},${y(v).toFixed(1)}`).join(''));
      area.setAttribute('d', band && band.length > 1 ? `M0,27${band.map((v, i) => `L${x(i, band.length).toFixed(1)},${y(v).toFixed(1)}`).join('')}L120,27Z` : '');
    },
  };
}
