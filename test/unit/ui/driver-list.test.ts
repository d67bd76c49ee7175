import { beforeAll, describe, expect, test, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import DriverList from '../../../components/drivers/DriverList.vue';
import type { DriverRow } from '../../../lib/types';
import { useEnglishMessages } from './messages';

beforeAll(useEnglishMessages);

function row(theme: string, label: string, impact: number, interval: [number, number], mentions: number, nps: number | null = 10): DriverRow {
  return { theme, label, mentions, promoters: 0, passives: 0, detractors: 0, nps, impact, impactInterval: interval, sentiment: 0, smallSample: mentions < 30 };
}

const rows = [
  row('support', 'Support', 60, [41.25, 78.75], 120, 72),
  row('price', 'Price', -30, [-44.5, -15.5], 45, -20),
  row('delivery', 'Delivery', 2.25, [-3, 7.5], 12, null),
];
type Example = { id: string; text: string; segment: string };
const noExamples = async (): Promise<Example[]> => [];

describe('DriverList', () => {
  test('rows appear in the order given, with signed impacts to one decimal', () => {
    const w = mount(DriverList, { props: { title: 'What drives promoters', kind: 'promoter', rows, loadExamples: noExamples } });
    expect(w.get('h2').text()).toBe('What drives promoters');
    expect(w.findAll('li.driver').map((li) => li.attributes('data-theme'))).toEqual(['support', 'price', 'delivery']);
    expect(w.findAll('.driver-label').map((s) => s.text())).toEqual(['Support', 'Price', 'Delivery']);
    // The minus is U+2212, the typographic minus, so it lines up with the plus.
    expect(w.findAll('.driver-impact').map((s) => s.text())).toEqual(['+60.0', '−30.0', '+2.3']);
    expect(w.get('[data-theme="price"] .driver-meta').text()).toContain('[−44.5, −15.5]');
    expect(w.get('[data-theme="support"] .driver-meta').text()).toContain('120 mentions');
    expect(w.get('[data-theme="support"] .driver-meta').text()).toContain('theme NPS 72');
    // A theme whose comments are all unrated has no theme NPS to show.
    expect(w.get('[data-theme="delivery"] .driver-meta').text()).not.toContain('theme NPS');
  });

  test('bars are scaled to the largest impact, in either direction', () => {
    const w = mount(DriverList, { props: { title: 'Drivers', kind: 'promoter', rows, loadExamples: noExamples } });
    expect(w.findAll('.bar').map((b) => b.attributes('style'))).toEqual(['width: 100%;', 'width: 50%;', 'width: 3.75%;']);
  });

  test('only themes with fewer than 30 mentions are flagged as a small sample', () => {
    const w = mount(DriverList, { props: { title: 'Drivers', kind: 'detractor', rows, loadExamples: noExamples } });
    expect(w.findAll('li.driver').filter((li) => li.find('.flag').exists()).map((li) => li.attributes('data-theme'))).toEqual(['delivery']);
    expect(w.get('[data-theme="delivery"] .flag').text()).toContain('small sample');
  });

  test('opening a row loads its examples once and shows them as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const loadExamples = vi.fn(async (themeId: string): Promise<Example[]> => [
      { id: 'a', text: hostile, segment: 'detractor' },
      { id: 'b', text: `Too expensive for ${themeId}`, segment: 'passive' },
    ]);
    const w = mount(DriverList, { props: { title: 'Drivers', kind: 'detractor', rows, loadExamples } });
    const head = w.get('[data-theme="price"] .driver-head');
    expect(head.attributes('aria-expanded')).toBe('false');

    await head.trigger('click');
    await flushPromises();
    expect(loadExamples).toHaveBeenCalledTimes(1);
    expect(loadExamples).toHaveBeenCalledWith('price');
    expect(head.attributes('aria-expanded')).toBe('true');
    const examples = w.findAll('[data-theme="price"] .example');
    expect(examples.map((e) => e.text())).toEqual([`“${hostile}”`, '“Too expensive for price”']);
    expect(examples.map((e) => e.classes())).toEqual([['detractor', 'example'], ['passive', 'example']]);
    expect(w.find('img').exists()).toBe(false);

    // Closing and opening again reuses what was loaded.
    await head.trigger('click');
    expect(w.find('.examples').exists()).toBe(false);
    await head.trigger('click');
    await flushPromises();
    expect(loadExamples).toHaveBeenCalledTimes(1);
    expect(w.findAll('[data-theme="price"] .example')).toHaveLength(2);
  });

  test('opening another row closes the first', async () => {
    const w = mount(DriverList, { props: { title: 'Drivers', kind: 'promoter', rows, loadExamples: noExamples } });
    await w.get('[data-theme="support"] .driver-head').trigger('click');
    await w.get('[data-theme="price"] .driver-head').trigger('click');
    await flushPromises();
    expect(w.findAll('.driver-head').map((b) => b.attributes('aria-expanded'))).toEqual(['false', 'true', 'false']);
  });

  test('shows the first rows, then all of them on request', async () => {
    const many = Array.from({ length: 7 }, (_, i) => row(`t${i}`, `Theme ${i}`, 10 - i, [0, 1], 40));
    const w = mount(DriverList, { props: { title: 'Drivers', kind: 'promoter', rows: many, loadExamples: noExamples } });
    expect(w.findAll('li.driver')).toHaveLength(5);
    await w.get('[data-testid="promoter-more"]').trigger('click');
    expect(w.findAll('li.driver')).toHaveLength(7);
    await w.get('[data-testid="promoter-more"]').trigger('click');
    expect(w.findAll('li.driver')).toHaveLength(5);

    const limited = mount(DriverList, { props: { title: 'Drivers', kind: 'promoter', rows: many, limit: 7, loadExamples: noExamples } });
    expect(limited.findAll('li.driver')).toHaveLength(7);
    expect(limited.find('[data-testid="promoter-more"]').exists()).toBe(false);
  });

  test('no rows says so', () => {
    const w = mount(DriverList, { props: { title: 'Drivers', kind: 'detractor', rows: [], loadExamples: noExamples } });
    expect(w.findAll('li.driver')).toHaveLength(0);
    expect(w.get('.muted').text()).toBe('No theme moves NPS yet.');
  });
  test('an impact that rounds to zero shows no sign', () => {
    const w = mount(DriverList, { props: { title: 'T', kind: 'promoter', rows: [row('a', 'A', 0.04, [-1, 1], 3), row('b', 'B', -0.04, [-1, 1], 3)], loadExamples: noExamples } });
    expect(w.findAll('.driver-impact').map((e) => e.text())).toEqual(['0.0', '0.0']);
  });
});
