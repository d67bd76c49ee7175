import type { SiteAdapter, SiteId } from '../adapter';

/** Every review-site adapter, by id: a missing adapter is a type error. */
export const siteAdapters: Record<SiteId, SiteAdapter<SiteId>> = {} as Record<SiteId, SiteAdapter<SiteId>>;
