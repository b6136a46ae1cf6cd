// A hidden sheet holding a running timetable job between executions: its parameters and the solver checkpoint in chunks.

import { defineSheet } from '../schema';

export interface TimetableJobRow {
  job: string;
  part: number;
  text: string;
}

export const timetableJobSheet = defineSheet<TimetableJobRow>({
  key: 'timetableJob',
  version: 1,
  name: { en: '_timetable_job', ru: '_timetable_job', kk: '_timetable_job' },
  columns: [
    { key: 'job', header: { en: 'Job', ru: 'Job', kk: 'Job' }, type: 'text', required: true, width: 120 },
    { key: 'part', header: { en: 'Part', ru: 'Part', kk: 'Part' }, type: 'integer', required: true, min: 0, width: 60 },
    { key: 'text', header: { en: 'Text', ru: 'Text', kk: 'Text' }, type: 'text', width: 400 },
  ],
});
