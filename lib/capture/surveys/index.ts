import type { SiteAdapter, SurveyId } from '../adapter';

/** Every survey-tool adapter, by id: a missing adapter is a type error. */
export const surveyAdapters: Record<SurveyId, SiteAdapter<SurveyId>> = {} as Record<SurveyId, SiteAdapter<SurveyId>>;
