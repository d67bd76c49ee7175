import { beforeAll, describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import NpsScore from '../../../components/nps/NpsScore.vue';
import { npsSummary } from '../../../lib/nps';
import type { SegmentCounts } from '../../../lib/types';
import { useEnglishMessages } from './messages';

beforeAll(useEnglishMessages);

const counts = (promoters: number, passives: number, detractors: number, unrated = 0): SegmentCounts => ({ promoters, passives, detractors, unrated });

describe('NpsScore', () => {
  // NPS = 100·(P − D)/n; margin = 196·√((p + d − (p − d)²)/n), worked by hand:
  test.each<[string, SegmentCounts, string, string | null, boolean]>([
    // 5 P, 2 Pa, 3 D: NPS 20; var = (0.8 − 0.04)/10 = 0.076 → 196·0.2757 = 54.0
    ['10 responses', counts(5, 2, 3), '+20', '± 54', true],
    // 30 P, 10 Pa, 10 D: NPS 40; var = (0.8 − 0.16)/50 = 0.0128 → 196·0.1131 = 22.2
    ['50 responses', counts(30, 10, 10), '+40', '± 22', false],
    // 1 P, 5 Pa, 4 D: NPS −30; var = (0.5 − 0.09)/10 = 0.041 → 196·0.2025 = 39.7
    ['a negative score', counts(1, 5, 4), '−30', '± 40', true],
    // 15 P, 0 Pa, 15 D: NPS 0 at exactly 30 responses (not small); var = 1/30 → 196·0.1826 = 35.8
    ['zero at exactly 30', counts(15, 0, 15), '0', '± 36', false],
    ['nothing rated', counts(0, 0, 0, 4), '–', null, false],
  ])('%s', (_name, c, score, moe, small) => {
    const w = mount(NpsScore, { props: { nps: npsSummary(c), npsLike: false, unrated: c.unrated } });
    expect(w.get('[data-testid="nps-score"]').text()).toBe(score);
    if (moe === null) expect(w.find('[data-testid="nps-moe"]').exists()).toBe(false);
    else expect(w.get('[data-testid="nps-moe"]').text()).toBe(moe);
    expect(w.find('[data-testid="small-sample"]').exists()).toBe(small);
    expect(w.get('[data-testid="nps-n"]').text()).toBe(`Rated responses: ${c.promoters + c.passives + c.detractors}`);
  });

  test('the small-sample note says why', () => {
    const w = mount(NpsScore, { props: { nps: npsSummary(counts(5, 2, 3)), npsLike: false, unrated: 0 } });
    expect(w.get('[data-testid="small-sample"]').text()).toContain('fewer than 30 responses');
  });

  test.each([true, false])('the NPS-like badge shows only when npsLike is %s', (npsLike) => {
    const w = mount(NpsScore, { props: { nps: npsSummary(counts(30, 10, 10)), npsLike, unrated: 0 } });
    expect(w.find('.badge.like').exists()).toBe(npsLike);
    expect(w.text().includes('NPS-like')).toBe(npsLike);
  });

  test('unrated comments are counted beside the rated ones, and only when there are some', () => {
    const withUnrated = mount(NpsScore, { props: { nps: npsSummary(counts(30, 10, 10, 7)), npsLike: false, unrated: 7 } });
    expect(withUnrated.get('.nps-n').text()).toContain('7');
    const none = mount(NpsScore, { props: { nps: npsSummary(counts(30, 10, 10)), npsLike: false, unrated: 0 } });
    expect(none.get('.nps-n').text()).toBe('Rated responses: 50');
  });
});
