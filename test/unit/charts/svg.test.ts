import { describe, expect, it } from 'vitest';
import { escapeXml, fmt, SafeSvg, svg, type SvgValue } from '../../../src/lib/charts/index.ts';
import { safeHref } from '../../../src/lib/charts/frame.ts';

describe('svg`` escapes interpolations but not nested SafeSvg', () => {
  it.each<[string, SvgValue, string]>([
    ['ampersand', 'R&D', '<t>R&amp;D</t>'],
    ['angle brackets', '<img src=x onerror=alert(1)>', '<t>&lt;img src=x onerror=alert(1)&gt;</t>'],
    ['attribute breakout', '"><script>alert(1)</script>', '<t>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</t>'],
    ['single quote', "Côte d'Ivoire", '<t>Côte d&#39;Ivoire</t>'],
    ['entity look-alike', '&lt;b&gt;', '<t>&amp;lt;b&amp;gt;</t>'],
    ['XML-invalid control characters', 'a\u0000b\u0008c\u001Fd', '<t>abcd</t>'],
    ['lone surrogate', 'a\uD800b', '<t>ab</t>'],
    ['number rounded to 2 decimals', 1.23456, '<t>1.23</t>'],
    ['negative zero', -0.001, '<t>0</t>'],
    ['null', null, '<t></t>'],
    ['undefined', undefined, '<t></t>'],
    ['false', false, '<t></t>'],
    ['nested SafeSvg', svg`<b>${'<i>'}</b>`, '<t><b>&lt;i&gt;</b></t>'],
    ['array of SafeSvg', [svg`<b/>`, svg`<i/>`], '<t><b/>\n<i/></t>'],
    ['array of strings', ['<b>', '&'], '<t>&lt;b&gt;\n&amp;</t>'],
    ['nested arrays', [[svg`<b/>`], ['<i>']], '<t><b/>\n&lt;i&gt;</t>'],
  ])('%s', (_name, value, expected) => {
    expect(svg`<t>${value}</t>`.toString()).toBe(expected);
  });

  it('escapes inside attribute values', () => {
    expect(svg`<a title="${'x" onmouseover="alert(1)'}"/>`.toString()).toBe(
      '<a title="x&quot; onmouseover=&quot;alert(1)"/>',
    );
  });

  it.each<[string, unknown]>([
    ['an object with a hostile toString', { toString: () => '<script>' }],
    ['a forged SafeSvg', Object.create(SafeSvg.prototype) as unknown],
    ['a boolean true', true],
  ])('refuses %s', (_name, value) => {
    expect(() => svg`<t>${value as SvgValue}</t>`).toThrow(TypeError);
  });

  it.each([NaN, Infinity, -Infinity])('refuses the non-finite number %s', (value) => {
    expect(() => svg`<t x="${value}"/>`).toThrow(RangeError);
  });

  it('cannot be constructed or called outside a tagged template', () => {
    expect(() => new SafeSvg('<script>', Symbol('SafeSvg'))).toThrow(TypeError);
    const fake = Object.assign(['<script>alert(1)</script>'], { raw: ['<script>alert(1)</script>'] });
    expect(() => svg(fake as unknown as TemplateStringsArray)).toThrow(TypeError);
  });

  it('recognises only real SafeSvg values', () => {
    expect(SafeSvg.is(svg`<g/>`)).toBe(true);
    expect(SafeSvg.is('<g/>')).toBe(false);
    expect(SafeSvg.is(Object.create(SafeSvg.prototype))).toBe(false);
  });
});

describe('escapeXml()', () => {
  it('escapes all five XML special characters', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('fmt() rounds coordinates to at most 2 decimals', () => {
  it.each<[number, string]>([
    [0, '0'],
    [1, '1'],
    [0.1 + 0.2, '0.3'],
    [172.39999, '172.4'],
    [388.5876, '388.59'],
    [-12.3456, '-12.35'],
    [-0.004, '0'],
    [640, '640'],
  ])('%s → %s', (input, expected) => {
    expect(fmt(input)).toBe(expected);
  });
});

describe('safeHref() allows site and web links only', () => {
  it.each(['/en/countries/kor/', '../kor/', '#kor', 'kor.html', 'https://www.oecd.org/', 'mailto:a@b.org', '/search?q=a:b'])(
    'accepts %s',
    (href) => {
      expect(safeHref(href)).toBe(href);
    },
  );

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox'])(
    'refuses %j',
    (href) => {
      expect(() => safeHref(href)).toThrow(/unsafe scheme/);
    },
  );
});
