// @vitest-environment happy-dom
// Spacing utilities name a side of a box, never a side of the chat. Class names from the frameworks'
// own documentation: tailwindcss.com/docs/margin, /padding, /top-right-bottom-left; getbootstrap.com
// docs/5.3/utilities/spacing; getuikit.com/docs/margin (uikit src/less/components/margin.less);
// telerik.com/design-system/docs/utils/spacing/margin (Kendo); a saved tawk.to chat (adapters/tawk.ts).
import { describe, expect, it } from 'vitest';
import { roleFromTree, roleFromWords } from '../../../../src/capture/chat/roles';
import { isSpacingUtility } from '../../../../src/capture/chat/utilityClasses';

const element = (className: string, inner = ''): Element => {
  const el = document.createElement('div');
  el.className = className;
  el.innerHTML = inner;
  return el;
};

describe('isSpacingUtility', () => {
  it.each([
    // tailwind
    'ml-4',
    'mr-2',
    'pl-3',
    'pr-1',
    'ml-auto',
    '-ml-2',
    'md:mr-6',
    'hover:pl-0.5',
    'ms-2',
    'me-4',
    'ps-3',
    'pe-8',
    'mx-auto',
    'px-4',
    'ml-[10px]',
    'space-x-4',
    'gap-x-2',
    'left-0',
    'right-1/2',
    '-right-4',
    'end-0',
    // bootstrap 5 (and 4)
    'ms-auto',
    'me-3',
    'ps-2',
    'pe-5',
    'me-md-2',
    'ms-lg-auto',
    'mr-auto',
    'ml-sm-3',
    'm-n1',
    'col-md-offset-2',
    'offset-md-3',
    // uikit
    'uk-margin-left',
    'uk-margin-small-right',
    'uk-margin-auto-left',
    'uk-margin-remove-right',
    'uk-padding-small',
    // kendo
    'k-mr-sm',
    'k-ml-xs',
    'k-m--1',
    // tawk.to
    'tawk-margin-xsmall-left',
    'tawk-margin-auto-left',
    'marginLeft',
  ])('%s is a spacing utility', (token) => {
    expect(isSpacingUtility(token)).toBe(true);
  });

  it.each([
    'message-left',
    'bubble-right',
    'msg-me',
    'me',
    'left',
    'right',
    'from-me',
    'float-right',
    'text-right',
    'pull-right',
    'justify-end',
    'tawk-agent-chat',
    'tawk-visitor-chat',
    'chat-message-outgoing',
    'me-bubble',
    'mine',
  ])('%s is not a spacing utility', (token) => {
    expect(isSpacingUtility(token)).toBe(false);
  });
});

describe('roles never come from spacing utilities', () => {
  it.each([
    ['tailwind', 'flex ml-4 mr-2 pl-3 rounded-lg'],
    ['tailwind, right-aligned by margin', 'flex ml-auto pr-2 max-w-[70%]'],
    ['bootstrap', 'd-flex ms-auto me-3 ps-2'],
    ['bootstrap 4', 'media mr-3 ml-auto'],
    ['uikit', 'uk-card uk-margin-small-left uk-margin-remove-right'],
    ['kendo', 'k-bubble k-mr-sm k-ml-xs'],
    ['tawk.to', 'tawk-message-body tawk-margin-xsmall-left tawk-margin-xsmall-right'],
  ])('%s: %s names no side', (_, className) => {
    expect(roleFromWords(element(className))).toBeNull();
  });

  it.each([
    ['d-flex me-3 message-agent', 'agent'],
    ['flex ml-auto mr-2 chat-bubble-outgoing', 'customer'],
    ['uk-margin-small-left msg-visitor', 'customer'],
    ['tawk-flex tawk-flex-bottom tawk-agent-chat', 'agent'],
  ] as const)('%s keeps its real role word', (className, role) => {
    expect(roleFromWords(element(className))).toBe(role);
  });

  it('a row whose spacing says left and whose content says visitor is the visitor', () => {
    const row = element(
      'tawk-message-group tawk-margin-auto-left',
      '<div class="tawk-flex tawk-visitor-chat">Hi</div>',
    );
    expect(roleFromTree(row)).toBe('customer');
  });
});
