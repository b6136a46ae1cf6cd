// Rooms (аудитории): number, building, capacity, type and features used by the timetable.

import type { RoomType } from '../domain/types';
import { defineSheet } from './schema';
import { ROOM_TYPE_OPTIONS } from './options';

export interface RoomRow {
  number: string;
  building: string;
  capacity: number;
  type: RoomType;
  features: string[];
}

export const roomsSheet = defineSheet<RoomRow>({
  key: 'rooms',
  version: 1,
  name: { en: 'Rooms', ru: 'Аудитории', kk: 'Аудиториялар' },
  columns: [
    { key: 'number', header: { en: 'Room', ru: 'Аудитория', kk: 'Аудитория' }, type: 'text', required: true, unique: true, width: 90 },
    { key: 'building', header: { en: 'Building', ru: 'Корпус', kk: 'Ғимарат' }, type: 'text', required: true, width: 90 },
    { key: 'capacity', header: { en: 'Capacity', ru: 'Вместимость', kk: 'Сыйымдылығы' }, type: 'integer', required: true, min: 1, max: 1000, width: 90 },
    { key: 'type', header: { en: 'Type', ru: 'Тип', kk: 'Түрі' }, type: 'enum', options: ROOM_TYPE_OPTIONS, required: true, width: 150 },
    { key: 'features', header: { en: 'Features', ru: 'Оснащение', kk: 'Жабдықталуы' }, type: 'list', width: 200 },
  ],
});
