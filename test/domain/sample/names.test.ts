// Russian patronymics of the sample names follow the grammar (Сергеевна, Евгеньевна, Никитична, Павлович), not stem + "овна".

import { describe, expect, it } from 'vitest';
import { russianPatronymic } from '../../../src/domain/sample/names';

describe('russianPatronymic', () => {
  it.each([
    ['Александр', 'Александрович', 'Александровна'],
    ['Сергей', 'Сергеевич', 'Сергеевна'],
    ['Андрей', 'Андреевич', 'Андреевна'],
    ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
    ['Евгений', 'Евгеньевич', 'Евгеньевна'],
    ['Никита', 'Никитич', 'Никитична'],
    ['Павел', 'Павлович', 'Павловна'],
    ['Артём', 'Артёмович', 'Артёмовна'],
  ])('%s → %s / %s', (father, male, female) => {
    expect(russianPatronymic(father, false)).toBe(male);
    expect(russianPatronymic(father, true)).toBe(female);
  });
});
