// The Registration area (work plan section A, items 1–6): its menu actions and its form-submit handler.

import type { FormSubmitHandler } from '../extensions';
import type { Action } from '../types';
import { buildOfferingsAction } from './buildOfferings';
import { createEnrollmentFormsAction } from './createEnrollmentForms';
import { formStreamsAction } from './formStreams';
import { proposeAdvisorsAction } from './proposeAdvisors';
import { registerStudyPlansAction } from './registerStudyPlans';
import { reportRegistrationAction } from './reportRegistration';
import { registrationSubmitHandler } from './submissionHandler';

export const registrationActions: readonly Action<any>[] = [
  proposeAdvisorsAction,
  buildOfferingsAction,
  createEnrollmentFormsAction,
  formStreamsAction,
  registerStudyPlansAction,
  reportRegistrationAction,
];

export const registrationFormSubmitHandlers: readonly FormSubmitHandler[] = [registrationSubmitHandler];
