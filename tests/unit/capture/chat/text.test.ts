// @vitest-environment happy-dom
// visibleText reads an element holding text alone from its remembered text, and an element whose text is
// all in its element children from those children: both must give what walking every node gives.
import { describe, expect, it } from 'vitest';
import { newReadingPass } from '../../../../src/capture/chat/dom';
import { visibleText } from '../../../../src/capture/chat/text';

function root(html: string): Element {
  newReadingPass();
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('visibleText', () => {
  it('joins several text nodes of one element as one text', () => {
    const el = root('<span>one</span>');
    el.firstElementChild?.append(document.createTextNode(' two'), document.createTextNode('three'));
    expect(visibleText(el)).toBe('one twothree');
  });

  it('keeps the spaces and text that sit between element children', () => {
    expect(visibleText(root('<span>Mia</span> <span>10:02</span>'))).toBe('Mia 10:02');
    expect(visibleText(root('<b>Ticket</b> T-88 <i>open</i>'))).toBe('Ticket T-88 open');
    expect(visibleText(root('<p>a</p>\n   <p>b</p>'))).toBe('a\nb');
  });

  it('leaves out a script or a hidden child, and text beside it is still read', () => {
    expect(visibleText(root('<span>hello<script>alert(1)</script></span>'))).toBe('hello');
    expect(visibleText(root('<span><script>alert(1)</script></span><span>seen</span>'))).toBe('seen');
    expect(visibleText(root('<div><span hidden>secret</span>shown</div>'))).toBe('shown');
  });

  it('reads blocks, breaks and preformatted text alike in both paths', () => {
    expect(visibleText(root('<div><div>line one</div><div>line two</div></div>'))).toBe('line one\nline two');
    expect(visibleText(root('<div>one<br>two</div>'))).toBe('one\ntwo');
    const pre = root('<pre></pre>');
    pre.firstElementChild?.append(document.createTextNode('a\n'), document.createTextNode('  b'));
    expect(visibleText(pre)).toBe('a\nb');
    expect(visibleText(root('<p>no\u00a0break   and   spaces</p>'))).toBe('no break and spaces');
  });

  it('skips what it is told to skip inside an element whose text is all in its children', () => {
    const el = root('<span class="name">Mia</span><div class="text">Refund please</div><span>10:02</span>');
    const name = el.firstElementChild;
    expect(visibleText(el, { skip: (e) => e === name })).toBe('Refund please\n10:02');
  });
});
