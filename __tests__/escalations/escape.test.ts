import { hasMention, inert, inertCode } from '../../src/core/escape';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** Node types GitHub would render as active content, found by parsing as GFM. */
function activeNodes(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: any) => {
    if (
      ['link', 'image', 'html', 'linkReference', 'imageReference', 'heading', 'emphasis', 'strong'].includes(node.type)
    )
      found.push(node.type);
    for (const child of node.children ?? []) visit(child);
  };
  visit(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return found;
}

const hostile =
  'Ping @everyone and @acme/security <img src=x onerror=alert(1)> see [the fix](https://evil.example/x) ![pic](https://evil.example/p.png) <https://evil.example> www.evil.example **bold** # heading';

describe('inert', () => {
  const out = inert(hostile);

  test('no mention survives', () => {
    expect(hasMention(hostile)).toBe(true);
    expect(hasMention(out)).toBe(false);
    expect(out).toContain('@\u200deveryone');
  });

  test('no HTML, link, image or emphasis survives GFM parsing', () => {
    expect(activeNodes(hostile).length).toBeGreaterThan(0);
    expect(activeNodes(out)).toEqual([]);
    expect(out).not.toMatch(/<img/i);
    expect(out).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  test('stays on one line unless asked, and can be cut', () => {
    expect(inert('a\n# b\n- c')).toBe('a # b - c');
    expect(inert('a\n# b', { multiline: true })).toBe('a\n\\# b');
    expect(inert('x'.repeat(50), { max: 10 })).toBe(`${'x'.repeat(9)}…`);
  });

  test('references are broken only when asked', () => {
    expect(inert('fixes #14')).toBe('fixes #14');
    expect(inert('fixes #14', { refs: true })).toBe('fixes #\u200d14');
  });
});

describe('inertCode', () => {
  test.each([
    ['2 hours', '`2 hours`'],
    ['a `b` c', '``a `b` c``'],
    ['`x', '`` `x ``']
  ])('%s', (text, expected) => expect(inertCode(text)).toBe(expected));

  test('a hostile value is quoted as code: nothing active, nothing that pings', () => {
    const out = inertCode(hostile);
    expect(activeNodes(out)).toEqual([]);
    const tree = fromMarkdown(out, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as any;
    expect(tree.children[0].children.map((n: any) => n.type)).toEqual(['inlineCode']);
  });
});
