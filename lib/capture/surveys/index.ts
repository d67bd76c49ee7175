import type { SiteAdapter, SurveyId } from '../adapter';
import { googleForms } from './google-forms';
import { hotjar } from './hotjar';
import { qualtrics } from './qualtrics';
import { surveymonkey } from './surveymonkey';
import { typeform } from './typeform';

/** Every survey-tool adapter, by id: a missing adapter is a type error. */
export const surveyAdapters: Record<SurveyId, SiteAdapter<SurveyId>> = {
  surveymonkey,
  typeform,
  'google-forms': googleForms,
  qualtrics,
  hotjar,
};
