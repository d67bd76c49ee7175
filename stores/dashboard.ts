import { defineStore } from 'pinia';
import { liveQuery, type Subscription } from 'dexie';
import { computed, inject, markRaw, onScopeDispose, reactive, ref, shallowRef, watch, type InjectionKey } from 'vue';
import { browser } from 'wxt/browser';
import { hostOf, readSummary, type Scope, type SourceRecord, type Summary, type VerbatimDb } from '../lib/db';
import { npsSummary, npsTrend, type TrendPeriod } from '../lib/nps';
import { request, type Send } from '../lib/messaging/client';
import { themeLabeler } from '../lib/themes/labels';
import { uiLang } from '../components/i18n';
import { noFilters, queryComments, type CommentFilters, type CommentPage } from '../components/dashboard/comment-query';
import { readTrendInputs, type TrendInputs } from '../components/dashboard/trend-inputs';
import type { FollowUpState } from '../lib/tags/types';
import { useDb } from './db';

/** Tests provide their own database and message channel at the app level (app.provide). */
export const DASHBOARD_DB: InjectionKey<VerbatimDb> = Symbol('dashboard-db');
export const DASHBOARD_SEND: InjectionKey<Send> = Symbol('dashboard-send');

export const PAGE_SIZE = 50;

const runtimeSend: Send = (m) => browser.runtime.sendMessage(m);

function liveInto<T>(query: () => Promise<T>, next: (v: T) => void, error: (e: unknown) => void = () => {}): Subscription {
  return liveQuery(query).subscribe({ next, error });
}

/**
 * The dashboard: a scope's NPS (from the running aggregates), its comments page by page
 * under filters, and its NPS trend. Kept live by Dexie liveQuery; the maths is lib/'s.
 */
export const useDashboardStore = defineStore('dashboard', () => {
  // markRaw: a store's state is made reactive, and Dexie behind a Vue proxy loses track of
  // its own transactions (PrematureCommitError in Chromium), so the components' db stays raw.
  const db = markRaw(inject(DASHBOARD_DB, null) ?? useDb());
  const send = inject(DASHBOARD_SEND, null) ?? runtimeSend;
  const labelOf = themeLabeler(uiLang());

  const scope = ref<Scope>('all');
  const sources = shallowRef<SourceRecord[]>([]);
  const summary = shallowRef<{ scope: Scope; value: Summary } | null>(null);
  const filters = reactive<CommentFilters>(noFilters());
  const pageIndex = ref(0);
  const page = shallowRef<CommentPage | null>(null);
  const pageLoading = ref(false);
  const pageError = ref<string | null>(null);
  const period = ref<TrendPeriod>('month');
  const trendInputs = shallowRef<{ scope: Scope; value: TrendInputs } | null>(null);
  const trendComputing = ref(false);

  const subs: Subscription[] = [];
  subs.push(liveInto(() => db.sources.toArray(), (v) => (sources.value = v)));

  let summarySub: Subscription | null = null;
  let pageSub: Subscription | null = null;
  watch(scope, (s) => {
    summarySub?.unsubscribe();
    summarySub = liveInto(() => readSummary(db, s), (value) => (summary.value = { scope: s, value }));
  }, { immediate: true });

  // A filter or scope change starts again at the first page.
  watch([scope, () => ({ ...filters })], () => (pageIndex.value = 0), { deep: true });
  watch([scope, () => ({ ...filters }), pageIndex], ([s, f, i]) => {
    pageSub?.unsubscribe();
    pageLoading.value = true;
    pageError.value = null;
    pageSub = liveInto(
      () => queryComments(db, s, f, i * PAGE_SIZE, PAGE_SIZE),
      (v) => {
        page.value = v;
        pageLoading.value = false;
      },
      (e) => {
        pageError.value = e instanceof Error ? e.message : String(e);
        pageLoading.value = false;
      },
    );
  }, { immediate: true, deep: true });

  const current = computed(() => (summary.value?.scope === scope.value ? summary.value.value : null));
  const currentTrend = computed(() => (trendInputs.value?.scope === scope.value ? trendInputs.value.value : null));

  // The trend re-reads only when the scope's comments change in number or segment, not on
  // every tagging batch (tagging changes neither dates nor segments).
  const trendKey = computed(() => {
    const o = current.value?.overall;
    return o ? `${scope.value}|${o.promoters}|${o.passives}|${o.detractors}|${o.unrated}` : null;
  });
  let trendRun = 0;
  watch(trendKey, async (key) => {
    if (key === null) return;
    const run = ++trendRun;
    const s = scope.value;
    trendComputing.value = true;
    try {
      const value = await readTrendInputs(db, s, () => run === trendRun);
      if (value) trendInputs.value = { scope: s, value };
    } finally {
      if (run === trendRun) trendComputing.value = false;
    }
  }, { immediate: true });

  onScopeDispose(() => {
    for (const sub of [...subs, summarySub, pageSub]) sub?.unsubscribe();
    trendRun++;
  });

  const npsLike = computed(() => currentTrend.value?.npsLike ?? false);
  const nps = computed(() => (current.value ? npsSummary(current.value.overall, { npsLike: npsLike.value }) : null));
  const trend = computed(() => (currentTrend.value ? npsTrend(currentTrend.value.items, period.value, { npsLike: npsLike.value }) : null));
  const themeOptions = computed(() =>
    (current.value?.themes ?? []).map((t) => ({ id: t.themeId, label: labelOf(t.themeId) }))
      .sort((a, b) => a.label.localeCompare(b.label)));
  const sites = computed(() =>
    [...new Set(sources.value.map((src) => hostOf(src.url)).filter((h) => h !== ''))].sort());

  function setFollowUp(commentId: string, state: FollowUpState | null): Promise<unknown> {
    return request(send, 'tags.set', { commentId, followUp: state === null ? null : { state } });
  }

  return {
    db, send, scope, sources, sites, filters, pageIndex, page, pageLoading, pageError,
    period, trend, trendComputing, nps, npsLike, themeOptions, labelOf, setFollowUp,
  };
});
