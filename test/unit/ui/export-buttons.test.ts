import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ExportButtons from '../../../components/export/ExportButtons.vue';
import { useEnglishMessages } from './messages';

beforeAll(useEnglishMessages);

interface Saved { href: string; download: string; blob: Blob }
let saved: Saved[];
let blobs: Map<string, Blob>;

beforeEach(() => {
  saved = [];
  blobs = new Map();
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
  vi.setSystemTime(new Date('2024-03-15T12:00:00Z'));
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:verbatim/${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void blobs.delete(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const driversCsv = 'theme,label,impact\r\nprice,Price,-30\r\n';
const commentsCsv = 'text,segment\r\n"Great, fast",promoter\r\n';

describe('ExportButtons', () => {
  test.each([
    ['export-drivers', 'verbatim-drivers-2024-03-15.csv', driversCsv],
    ['export-comments', 'verbatim-comments-2024-03-15.csv', commentsCsv],
  ])('%s saves the CSV the maker wrote as a local file', async (testid, name, csv) => {
    const makeDrivers = vi.fn(async () => driversCsv);
    const makeComments = vi.fn(async () => commentsCsv);
    const w = mount(ExportButtons, { props: { makeDrivers, makeComments } });
    await w.get(`[data-testid="${testid}"]`).trigger('click');
    await flushPromises();

    expect(makeDrivers).toHaveBeenCalledTimes(testid === 'export-drivers' ? 1 : 0);
    expect(makeComments).toHaveBeenCalledTimes(testid === 'export-comments' ? 1 : 0);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.download).toBe(name);
    expect(saved[0]!.href).toMatch(/^blob:/);
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    expect(await saved[0]!.blob.text()).toBe(csv);
    expect(w.find('[role="alert"]').exists()).toBe(false);

    // The blob URL is freed after the download has had time to start, not before.
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(saved[0]!.href);
  });

  test('a failing export shows why and saves nothing; the next export clears the error', async () => {
    let fail = true;
    const makeDrivers = vi.fn(async () => {
      if (fail) throw new Error('database closed');
      return driversCsv;
    });
    const w = mount(ExportButtons, { props: { makeDrivers, makeComments: async () => commentsCsv } });
    await w.get('[data-testid="export-drivers"]').trigger('click');
    await flushPromises();
    expect(saved).toHaveLength(0);
    expect(w.get('[role="alert"]').text()).toBe('Export failed: database closed');

    fail = false;
    await w.get('[data-testid="export-drivers"]').trigger('click');
    await flushPromises();
    expect(saved).toHaveLength(1);
    expect(w.find('[role="alert"]').exists()).toBe(false);
  });

  test('a maker that rejects with a bare string still explains itself', async () => {
    const w = mount(ExportButtons, { props: { makeDrivers: async () => driversCsv, makeComments: () => Promise.reject('no comments captured') } });
    await w.get('[data-testid="export-comments"]').trigger('click');
    await flushPromises();
    expect(w.get('[role="alert"]').text()).toBe('Export failed: no comments captured');
  });
});
