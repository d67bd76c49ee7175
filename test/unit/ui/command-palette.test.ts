import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import CommandPalette from '../../../components/overlay/CommandPalette.vue';
import { commandsFor } from '../../../lib/palette/commands';

const open = (lang: 'en' | 'nl' = 'en', context: 'page' | 'popup' = 'page') =>
  mount(CommandPalette, { props: { commands: commandsFor(context), lang }, attachTo: document.body });
const listed = (w: ReturnType<typeof open>) => w.findAll('[role="option"]').map((li) => li.attributes('data-command'));
const bold = (w: ReturnType<typeof open>, i = 0) => w.findAll('[role="option"]')[i]!.findAll('b').map((b) => b.text());

describe('CommandPalette', () => {
  test('opens with every command listed, its shortcut beside it, and the input focused', async () => {
    const w = open();
    await new Promise((r) => setTimeout(r));
    expect(listed(w)).toEqual(commandsFor('page').map((c) => c.id));
    expect(w.get('[data-command="capture-page"] kbd').text()).toBe('Alt+Shift+C');
    expect(w.get('[data-command="next-follow-up"] kbd').text()).toBe('N');
    expect(w.find('[data-command="export-drivers"] kbd').exists()).toBe(false);
    expect(w.findAll('b')).toHaveLength(0);
    expect(document.activeElement).toBe(w.get('[data-testid="palette-input"]').element);
    w.unmount();
  });

  test.each<[string, 'en' | 'nl', string, string[]]>([
    ['exd', 'en', 'export-drivers', ['E', 'x', 'd']],
    ['cap all', 'en', 'capture-all-pages', ['C', 'a', 'p', 'a', 'l', 'l']],
    ['next fol', 'en', 'next-follow-up', ['N', 'e', 'x', 't', 'f', 'o', 'l']],
    ['opm exp', 'nl', 'export-comments', ['O', 'p', 'm', 'e', 'x', 'p']],
  ])('typing %j (%s) puts %s first with the matched letters in bold', async (query, lang, first, letters) => {
    const w = open(lang);
    await w.get('input').setValue(query);
    expect(listed(w)[0]).toBe(first);
    expect(bold(w)).toEqual(letters);
    // The title still reads whole: bold pieces and plain text together.
    const title = commandsFor('page').find((c) => c.id === first)!.title[lang];
    expect(w.findAll('.vb-title')[0]!.text()).toBe(title);
    w.unmount();
  });

  test('ArrowDown then Enter runs the second match; Enter alone runs the first', async () => {
    const w = open();
    const input = w.get('input');
    await input.setValue('exc');
    expect(listed(w)).toEqual(['export-comments', 'export-drivers', 'next-untagged']);
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(w.get('[aria-selected="true"]').attributes('data-command')).toBe('export-drivers');
    expect(input.attributes('aria-activedescendant')).toBe(w.get('[aria-selected="true"]').attributes('id'));
    await input.trigger('keydown', { key: 'Enter' });
    expect(w.emitted('run')).toEqual([['export-drivers']]);

    // Typing again starts from the top.
    await input.setValue('exd');
    await input.trigger('keydown', { key: 'Enter' });
    expect(w.emitted('run')).toEqual([['export-drivers'], ['export-drivers']]);
    await input.setValue('dash');
    await input.trigger('keydown', { key: 'Enter' });
    expect(w.emitted('run')!.at(-1)).toEqual(['open-dashboard']);
    w.unmount();
  });

  test('the selection stops at both ends of the list', async () => {
    const w = open();
    const input = w.get('input');
    await input.setValue('exc');
    for (let i = 0; i < 5; i++) await input.trigger('keydown', { key: 'ArrowDown' });
    expect(w.get('[aria-selected="true"]').attributes('data-command')).toBe('next-untagged');
    for (let i = 0; i < 5; i++) await input.trigger('keydown', { key: 'ArrowUp' });
    expect(w.get('[aria-selected="true"]').attributes('data-command')).toBe('export-comments');
    w.unmount();
  });

  test('Escape closes without running anything, and the key does not reach the page', async () => {
    const w = open();
    let reachedPage = false;
    const onPage = () => (reachedPage = true);
    document.body.addEventListener('keydown', onPage);
    await w.get('input').trigger('keydown', { key: 'Escape' });
    document.body.removeEventListener('keydown', onPage);
    expect(w.emitted('close')).toHaveLength(1);
    expect(w.emitted('run')).toBeUndefined();
    expect(reachedPage).toBe(false);
    w.unmount();
  });

  test('no match: says so, and Enter runs nothing', async () => {
    const w = open();
    await w.get('input').setValue('zzz');
    expect(listed(w)).toEqual([]);
    expect(w.get('.vb-empty').text()).toBe('No matching command');
    await w.get('input').trigger('keydown', { key: 'Enter' });
    expect(w.emitted('run')).toBeUndefined();
    w.unmount();
  });

  test('a click (mousedown) on a command runs it', async () => {
    const w = open('en', 'popup');
    expect(listed(w)).not.toContain('toggle-overlay');
    await w.get('[data-command="open-dashboard"]').trigger('mousedown');
    expect(w.emitted('run')).toEqual([['open-dashboard']]);
    w.unmount();
  });
});
