import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import ThemePicker from '../../../components/overlay/ThemePicker.vue';

const themes = [
  { id: 'delivery', label: 'Delivery' },
  { id: 'price', label: 'Price' },
  { id: 'support', label: 'Customer support' },
  { id: 'support.wait', label: 'Wait time' },
];
const pick = (selected: string[] = ['price']) => mount(ThemePicker, { props: { themes, selected } });
const options = (w: ReturnType<typeof pick>) => w.findAll('[role="option"]').map((li) => li.text());

describe('ThemePicker', () => {
  test('lists every theme, with ✓ on those the comment already has', () => {
    expect(options(pick(['price', 'support.wait']))).toEqual(['Delivery', '✓ Price', 'Customer support', '✓ Wait time']);
  });

  test.each<[string, string, string]>([
    ['App crashes', 'custom.app-crashes', 'App crashes'],
    ['  Café crème!  ', 'custom.cafe-creme', 'Café crème!'],
    ['Levering te laat', 'custom.levering-te-laat', 'Levering te laat'],
  ])('typing a new name %j offers to create it; Enter creates %s', async (typed, id, label) => {
    const w = pick();
    const input = w.get('[data-testid="vb-theme-search"]');
    await input.setValue(typed);
    expect(options(w).at(-1)).toBe(`＋ Create “${label}”`);
    // Enter on the create option, reached with the arrows when other themes match too.
    for (let i = 1; i < options(w).length; i++) await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'Enter' });
    expect(w.emitted('toggle')).toEqual([[id, label]]);
  });

  test.each(['price', 'PRICE', 'Wait time'])('an existing name %j is not offered for creation', async (typed) => {
    const w = pick();
    await w.get('input').setValue(typed);
    expect(options(w).some((o) => o.includes('Create'))).toBe(false);
  });

  test('a name with nothing to make an id from is not offered for creation', async () => {
    const w = pick();
    await w.get('input').setValue('!!!');
    expect(options(w)).toEqual([]);
  });

  test('Enter toggles the best match: a selected theme (to remove it) or a new one (to add it)', async () => {
    const w = pick(['price']);
    const input = w.get('input');
    await input.setValue('pri');
    expect(options(w)[0]).toBe('✓ Price');
    await input.trigger('keydown', { key: 'Enter' });
    await input.setValue('deliv');
    await input.trigger('keydown', { key: 'Enter' });
    expect(w.emitted('toggle')).toEqual([['price', 'Price'], ['delivery', 'Delivery']]);
    // The search is cleared for the next pick.
    expect((input.element as HTMLInputElement).value).toBe('');
  });

  test('fuzzy search finds a theme by its word starts', async () => {
    const w = pick([]);
    await w.get('input').setValue('cus sup');
    expect(options(w)[0]).toBe('Customer support');
  });

  test('Escape closes without toggling', async () => {
    const w = pick();
    await w.get('input').trigger('keydown', { key: 'Escape' });
    expect(w.emitted('close')).toHaveLength(1);
    expect(w.emitted('toggle')).toBeUndefined();
  });

  test('a hostile name stays text in the list and in what is created', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const w = pick();
    await w.get('input').setValue(hostile);
    expect(w.find('img').exists()).toBe(false);
    expect(options(w).at(-1)).toBe(`＋ Create “${hostile}”`);
    await w.get('input').trigger('keydown', { key: 'Enter' });
    expect(w.emitted('toggle')).toEqual([['custom.img-src-x-onerror-alert-1', hostile]]);
  });
  test('a theme the user made before is offered, never created twice, whatever the accents or case', async () => {
    const w = mount(ThemePicker, { props: { themes: [...themes, { id: 'custom.cafe', label: 'Café' }], selected: [] } });
    await w.get('input').setValue('CAFE');
    expect(options(w)).toEqual(['Café']);
    await w.get('input').setValue('cafe');
    expect(options(w).some((o) => o.startsWith('＋'))).toBe(false);
  });
});
