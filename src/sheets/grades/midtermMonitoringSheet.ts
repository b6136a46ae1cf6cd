// Midterm monitoring (work plan item 16): per level and key, students below the threshold and their share; teachers without grades.

import { defineSheet } from '../schema';
import { CONTROL_OPTIONS, MONITORING_LEVEL_OPTIONS } from './gradeOptions';

export interface MidtermMonitoringRow {
  control: 'midterm1' | 'midterm2';
  level: 'faculty' | 'programme' | 'group' | 'discipline' | 'teacher';
  key: string;
  lines: number;
  entered: number;
  below: number;
  share: number | null;
}

export const midtermMonitoringSheet = defineSheet<MidtermMonitoringRow>({
  key: 'midtermMonitoring',
  version: 1,
  name: { en: 'Midterm monitoring', ru: 'Мониторинг РК', kk: 'АБ мониторингі' },
  columns: [
    { key: 'control', header: { en: 'Control', ru: 'Контроль', kk: 'Бақылау' }, type: 'enum', options: CONTROL_OPTIONS, required: true, width: 80 },
    { key: 'level', header: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' }, type: 'enum', options: MONITORING_LEVEL_OPTIONS, required: true, width: 160 },
    { key: 'key', header: { en: 'Code', ru: 'Код', kk: 'Коды' }, type: 'text', required: true, width: 140 },
    { key: 'lines', header: { en: 'Grades expected', ru: 'Ожидается оценок', kk: 'Күтілетін бағалар' }, type: 'integer', width: 100 },
    { key: 'entered', header: { en: 'Entered', ru: 'Выставлено', kk: 'Қойылды' }, type: 'integer', width: 90 },
    { key: 'below', header: { en: 'Below threshold', ru: 'Ниже порога', kk: 'Шектен төмен' }, type: 'integer', width: 90 },
    { key: 'share', header: { en: 'Share below, %', ru: 'Доля ниже порога, %', kk: 'Шектен төмен үлесі, %' }, type: 'number', width: 90 },
  ],
});
