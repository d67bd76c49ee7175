import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { actionFor, isTypingTarget, type KeyInfo, type OverlayAction } from '../../../../lib/overlay/keys';

const page = new Window({ url: 'https://www.trustpilot.com/review/example.com' });
page.document.write(`<!doctype html><body>
  <div id="plain"><p class="review">Great support</p></div>
  <input id="text" type="text"><input id="bare"><input id="search" type="search"><input id="email" type="email">
  <input id="number" type="number"><input id="password" type="password">
  <input id="checkbox" type="checkbox"><input id="radio" type="radio"><input id="range" type="range">
  <input id="submit" type="submit"><button id="button">Send</button>
  <textarea id="textarea"></textarea><select id="select"><option>1</option></select>
  <div id="editable" contenteditable="true"><p id="inside-editable">Hello</p></div>
  <div id="not-editable" contenteditable="false">Fixed</div>
  <div id="textbox" role="textbox"></div><div id="searchbox" role="searchbox"></div><div id="combobox" role="combobox"></div>
  <div role="radiogroup"><span id="stars" role="radio" tabindex="0">★★★★☆</span></div>
  <div role="tablist"><button id="tabs" role="tab">Reviews</button></div><div id="slider" role="slider" tabindex="0"></div>
</body>`);
const el = (id: string) => page.document.getElementById(id) as unknown as KeyInfo['target'];
const press = (key: string, target: KeyInfo['target'], mods: Partial<Pick<KeyInfo, 'ctrlKey' | 'metaKey' | 'altKey'>> = {}): KeyInfo =>
  ({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods });

const typingFields = ['text', 'bare', 'search', 'email', 'number', 'password', 'textarea', 'select', 'editable', 'inside-editable', 'textbox', 'searchbox', 'combobox'];
const notTyping = ['plain', 'checkbox', 'radio', 'range', 'submit', 'button', 'not-editable'];

describe('isTypingTarget', () => {
  test.each(typingFields)('#%s is a field the user types in', (id) => {
    expect(isTypingTarget(el(id))).toBe(true);
  });
  test.each(notTyping)('#%s is not', (id) => {
    expect(isTypingTarget(el(id))).toBe(false);
  });
  test('no target (the key went to the document) is not typing', () => {
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('actionFor', () => {
  const keys: [string, OverlayAction][] = [
    ['j', 'next'], ['k', 'previous'], ['t', 'themes'], ['1', 'negative'], ['2', 'neutral'], ['3', 'positive'],
    ['f', 'follow-up'], ['p', 'palette'], ['u', 'next-untagged'], ['n', 'next-follow-up'], ['o', 'toggle'],
    ['J', 'next'], ['ArrowDown', 'next'], ['ArrowUp', 'previous'], ['Escape', 'close'],
  ];

  test.each(keys)('%s on the page with a comment focused → %s', (key, action) => {
    expect(actionFor(press(key, el('plain')), { hasFocus: true })).toBe(action);
    expect(actionFor(press(key, null), { hasFocus: true })).toBe(action);
  });

  // Typing "just fine 123" into a page's own search box must reach the page, focus or not.
  test.each(typingFields)('no overlay key fires while typing in #%s', (id) => {
    const fired = keys.flatMap(([key]) => [true, false].map((hasFocus) => ({ key, hasFocus, action: actionFor(press(key, el(id)), { hasFocus }) })))
      .filter((r) => r.action !== null);
    expect(fired).toEqual([]);
  });

  test.each(['checkbox', 'button', 'radio'])('a single key on a focused #%s still works', (id) => {
    expect(actionFor(press('j', el(id)), { hasFocus: true })).toBe('next');
    expect(actionFor(press('2', el(id)), { hasFocus: true })).toBe('neutral');
  });

  // A star-rating radio group or a slider on the page moves with the arrows, even while a comment has the overlay's focus.
  test.each(['radio', 'range', 'stars', 'tabs', 'slider'])('arrows on #%s are left to the control; letters still work', (id) => {
    expect(actionFor(press('ArrowDown', el(id)), { hasFocus: true })).toBeNull();
    expect(actionFor(press('ArrowUp', el(id)), { hasFocus: true })).toBeNull();
    expect(actionFor(press('j', el(id)), { hasFocus: true })).toBe('next');
  });

  test.each([
    ['j', { ctrlKey: true }], ['p', { metaKey: true }], ['1', { altKey: true }], ['ArrowDown', { altKey: true }],
    ['f', { ctrlKey: true, altKey: true }], // AltGr on Windows
  ] as const)('%s with %j belongs to the browser', (key, mods) => {
    expect(actionFor(press(key, el('plain'), mods), { hasFocus: true })).toBeNull();
  });

  test.each([
    ['ArrowDown', null], ['ArrowUp', null], ['Escape', null],
    // Letters start the tour without a focused comment; arrows keep scrolling the page.
    ['j', 'next'], ['k', 'previous'], ['p', 'palette'], ['u', 'next-untagged'], ['o', 'toggle'],
  ] as const)('%s with no comment focused → %s', (key, action) => {
    expect(actionFor(press(key, el('plain')), { hasFocus: false })).toBe(action);
  });

  test.each(['a', 'x', '4', '0', 'Enter', 'Tab', ' ', 'ArrowLeft', 'PageDown', 'F5', 'Shift'])('%j is not an overlay key', (key) => {
    expect(actionFor(press(key, el('plain')), { hasFocus: true })).toBeNull();
  });
});
