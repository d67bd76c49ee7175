import { defineStore } from 'pinia';
import { liveQuery, type Subscription } from 'dexie';
import { computed, ref, shallowRef, watch } from 'vue';
import { readSummary, queueStats, type Scope, type Summary } from '../lib/db';
import { driversFromCounts } from '../lib/drivers';
import { npsSummary } from '../lib/nps';
import { themeLabeler } from '../lib/themes/labels';
import { useDb } from './db';
import { uiLang } from '../components/i18n';

/**
 * The popup's summary: NPS, distribution and drivers for one scope, kept live from the
 * database's running aggregates (never a scan of every comment). The maths is lib/'s.
 */
export const useSummaryStore = defineStore('summary', () => {
  const db = useDb();
  const scope = ref<Scope>('all');
  const summary = shallowRef<Summary | null>(null);
  const queue = ref({ pending: 0, done: 0, error: 0 });
  const loaded = ref(false);
  const labelOf = themeLabeler(uiLang());

  let sub: Subscription | null = null;
  watch(
    scope,
    (s) => {
      sub?.unsubscribe();
      sub = liveQuery(() => readSummary(db, s)).subscribe({
        next: (value) => {
          summary.value = value;
          loaded.value = true;
        },
        error: () => {
          loaded.value = true;
        },
      });
    },
    { immediate: true, deep: true },
  );
  liveQuery(() => queueStats(db)).subscribe({ next: (q) => (queue.value = q) });

  const nps = computed(() => (summary.value ? npsSummary(summary.value.overall) : null));
  const drivers = computed(() =>
    summary.value ? driversFromCounts(summary.value.overall, summary.value.themes, labelOf) : null,
  );
  const npsLike = computed(() => (summary.value?.mapped ?? 0) > 0);
  const unrated = computed(() => summary.value?.overall.unrated ?? 0);

  return { scope, summary, queue, loaded, nps, drivers, npsLike, unrated, labelOf };
});
