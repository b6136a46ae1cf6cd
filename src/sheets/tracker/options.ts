// Localized labels of the tracker's enumerations: plan sections, occurrence statuses, sources of a mark.

import type { Trilingual } from '../../domain/types';

const tri = (en: string, ru: string, kk: string): Trilingual => ({ en, ru, kk });

export const SECTION_OPTIONS = {
  A: tri('A', 'A', 'A'),
  B: tri('B', 'B', 'B'),
  C: tri('C', 'C', 'C'),
  D: tri('D', 'D', 'D'),
  E: tri('E', 'E', 'E'),
} as const;

export const OCCURRENCE_STATUS_OPTIONS = {
  notStarted: tri('not started', 'не начато', 'басталған жоқ'),
  inProgress: tri('in progress', 'в работе', 'орындалуда'),
  done: tri('done', 'выполнено', 'орындалды'),
  overdue: tri('overdue', 'просрочено', 'мерзімі өтті'),
  notApplicable: tri('not applicable', 'не требуется', 'қажет емес'),
} as const;

export const MARK_STATUS_OPTIONS = {
  done: OCCURRENCE_STATUS_OPTIONS.done,
  inProgress: OCCURRENCE_STATUS_OPTIONS.inProgress,
  notApplicable: OCCURRENCE_STATUS_OPTIONS.notApplicable,
  notStarted: OCCURRENCE_STATUS_OPTIONS.notStarted,
} as const;

export const MARK_SOURCE_OPTIONS = {
  auto: tri('automatic (run of an action)', 'автоматически (выполнение операции)', 'автоматты (операцияны орындау)'),
  manual: tri('by hand', 'вручную', 'қолмен'),
} as const;
