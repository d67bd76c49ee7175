import type { CapturedComment } from '../types';

export type SiteId =
  | 'trustpilot' | 'amazon' | 'google-maps' | 'app-store' | 'google-play'
  | 'g2' | 'capterra' | 'yelp' | 'tripadvisor' | 'booking';

export type SurveyId = 'surveymonkey' | 'typeform' | 'google-forms' | 'qualtrics' | 'hotjar';

/**
 * A captured comment together with the page element it came from, so the in-page
 * overlay can put its badge beside it. `element` never crosses a message boundary.
 */
export interface ExtractedComment extends CapturedComment {
  element?: Element;
}

export interface SiteAdapter<Id extends string = SiteId | SurveyId> {
  id: Id;
  label: string;
  /** True when this adapter understands the page at `url`. */
  matches(url: URL): boolean;
  /** Every review/response on the page, in page order. Pure: reads the DOM, changes nothing. */
  extract(doc: Document, url: string): ExtractedComment[];
  /** "Read more" style controls to click before extracting, where the page truncates text. */
  expandControls?(doc: Document): Element[];
  /** The next page: a link to follow, or a "load more" control to click; null at the end. */
  nextPage?(doc: Document, url: string): NextPage | null;
}

export type NextPage = { kind: 'link'; href: string } | { kind: 'button'; element: Element };
