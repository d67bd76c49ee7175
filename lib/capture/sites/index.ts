import type { SiteAdapter, SiteId } from '../adapter';
import { amazon } from './amazon';
import { appStore } from './app-store';
import { booking } from './booking';
import { capterra } from './capterra';
import { g2 } from './g2';
import { googleMaps } from './google-maps';
import { googlePlay } from './google-play';
import { tripadvisor } from './tripadvisor';
import { trustpilot } from './trustpilot';
import { yelp } from './yelp';

/** Every review-site adapter, by id: a missing adapter is a type error. */
export const siteAdapters: Record<SiteId, SiteAdapter<SiteId>> = {
  trustpilot,
  amazon,
  'google-maps': googleMaps,
  'app-store': appStore,
  'google-play': googlePlay,
  g2,
  capterra,
  yelp,
  tripadvisor,
  booking,
};
