// Merges the per-area message catalogs; each area file owns its keys in kk, ru and en.

import type { Lang } from '../../domain/types';
import { common } from './common';
import { setup } from './setup';
import { registration } from './registration';
import { tracker } from './tracker';
import { records } from './records';
import { recordsUpload } from './recordsUpload';
import { attestation } from './attestation';
import { timetable } from './timetable';

export type Catalog = Record<string, string>;
export interface AreaCatalog {
  kk: Catalog;
  ru: Catalog;
  en: Catalog;
}

const AREAS: AreaCatalog[] = [common, setup, registration, tracker, records, recordsUpload, attestation, timetable];

function merge(lang: Lang): Catalog {
  const out: Catalog = {};
  for (const area of AREAS) Object.assign(out, area[lang]);
  return out;
}

export const CATALOGS: Record<Lang, Catalog> = { kk: merge('kk'), ru: merge('ru'), en: merge('en') };
export const AREA_CATALOGS: readonly AreaCatalog[] = AREAS;
