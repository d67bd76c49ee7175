import { beforeAll, describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import { Bar } from 'vue-chartjs';
import SegmentChart from '../../../components/nps/SegmentChart.vue';
import { useEnglishMessages } from './messages';

beforeAll(useEnglishMessages);

interface BarData { datasets: { label: string; data: number[] }[] }

describe('SegmentChart', () => {
  test.each<[number, number, number, [string, string, string], [number, number, number]]>([
    [5, 2, 3, ['Promoters 5 (50%)', 'Passives 2 (20%)', 'Detractors 3 (30%)'], [30, 20, 50]],
    // Thirds: each rounds to 33% in the legend; the bar keeps the exact shares.
    [1, 1, 1, ['Promoters 1 (33%)', 'Passives 1 (33%)', 'Detractors 1 (33%)'], [100 / 3, 100 / 3, 100 / 3]],
    // Nothing rated: zeros, not NaN.
    [0, 0, 0, ['Promoters 0 (0%)', 'Passives 0 (0%)', 'Detractors 0 (0%)'], [0, 0, 0]],
  ])('%i promoters, %i passives, %i detractors', (promoters, passives, detractors, legend, bar) => {
    const w = mount(SegmentChart, { props: { promoters, passives, detractors } });
    expect(['promoters', 'passives', 'detractors'].map((id) => w.get(`[data-testid="${id}"]`).text())).toEqual(legend);
    // One stacked bar, detractors first so red sits on the left.
    const data = w.getComponent(Bar).props('data') as BarData;
    expect(data.datasets.map((d) => d.label)).toEqual(['Detractors', 'Passives', 'Promoters']);
    expect(data.datasets.map((d) => d.data[0])).toEqual(bar);
  });

  test('the chart follows new counts', async () => {
    const w = mount(SegmentChart, { props: { promoters: 1, passives: 0, detractors: 0 } });
    await w.setProps({ promoters: 1, passives: 0, detractors: 3 });
    expect(w.get('[data-testid="detractors"]').text()).toBe('Detractors 3 (75%)');
    expect((w.getComponent(Bar).props('data') as BarData).datasets[0]!.data).toEqual([75]);
  });
});
