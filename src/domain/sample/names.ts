// Kazakh and Russian personal names for the sample university, with transliteration for e-mail addresses.

import type { Random } from './random';

const KAZAKH_MALE = ['Айдос', 'Ерлан', 'Нұрлан', 'Дәурен', 'Асхат', 'Бауыржан', 'Ержан', 'Қайрат', 'Санжар', 'Әлихан', 'Темірлан', 'Арман', 'Жандос', 'Ілияс', 'Мұхтар', 'Серік', 'Нұрсұлтан', 'Ақжол', 'Бекзат', 'Диас'];
const KAZAKH_FEMALE = ['Айгерім', 'Әсел', 'Гүлнұр', 'Дана', 'Жанар', 'Ақбота', 'Назерке', 'Аружан', 'Меруерт', 'Сәуле', 'Томирис', 'Інкәр', 'Жансая', 'Айым', 'Балжан', 'Камила', 'Динара', 'Аяулым', 'Құралай', 'Мадина'];
const KAZAKH_SURNAMES = ['Ахметов', 'Серікбаев', 'Нұрланов', 'Жұмабаев', 'Қасымов', 'Тұрсынов', 'Оспанов', 'Бекмұхамбетов', 'Исаев', 'Сәрсенбаев', 'Әбілқасымов', 'Құдайбергенов', 'Мұқанов', 'Есенов', 'Төлеуов', 'Байжанов', 'Досмұхамедов', 'Ғабдуллин', 'Шәкенов', 'Жақсылықов', 'Иманғалиев', 'Мырзағалиев', 'Қуанышев', 'Утепов'];
const RUSSIAN_MALE = ['Александр', 'Дмитрий', 'Сергей', 'Андрей', 'Максим', 'Иван', 'Никита', 'Павел', 'Артём', 'Виктор', 'Олег', 'Евгений'];
const RUSSIAN_FEMALE = ['Анна', 'Екатерина', 'Мария', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Дарья', 'Юлия', 'Елена', 'Алина', 'Виктория'];
const RUSSIAN_SURNAMES = ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Морозов', 'Волков', 'Лебедев', 'Козлов', 'Новиков', 'Фёдоров', 'Ким', 'Пак'];

export interface PersonName {
  lastName: string;
  firstName: string;
  patronymic: string;
}

function feminineSurname(surname: string): string {
  if (/(ов|ев|ин)$/.test(surname)) return `${surname}а`;
  return surname;
}

/** Сергей → Сергеевич/Сергеевна, Дмитрий → Дмитриевич, Евгений → Евгеньевич, Никита → Никитич/Никитична, Павел → Павлович, Иван → Иванович. */
export function russianPatronymic(father: string, female: boolean): string {
  if (father.endsWith('ий')) {
    const stem = father === 'Евгений' ? 'Евгень' : father.slice(0, -1);
    return `${stem}${female ? 'евна' : 'евич'}`;
  }
  if (father.endsWith('ей')) return `${father.slice(0, -1)}${female ? 'евна' : 'евич'}`;
  if (father === 'Павел') return female ? 'Павловна' : 'Павлович';
  if (father.endsWith('а')) return `${father.slice(0, -1)}${female ? 'ична' : 'ич'}`;
  return `${father}${female ? 'овна' : 'ович'}`;
}

/** A plausible name; Kazakh names dominate in Atyrau, Russian ones appear more in Russian-language groups. */
export function randomName(random: Random, russianShare: number): PersonName {
  const female = random.chance(0.52);
  const russian = random.chance(russianShare);
  const first = russian ? random.pick(female ? RUSSIAN_FEMALE : RUSSIAN_MALE) : random.pick(female ? KAZAKH_FEMALE : KAZAKH_MALE);
  const surnameBase = random.pick(russian ? RUSSIAN_SURNAMES : KAZAKH_SURNAMES);
  const lastName = female ? feminineSurname(surnameBase) : surnameBase;
  const fatherBase = random.pick(russian ? RUSSIAN_MALE : KAZAKH_MALE);
  let patronymic: string;
  if (russian) patronymic = russianPatronymic(fatherBase, female);
  else patronymic = female ? `${fatherBase}қызы` : `${fatherBase}ұлы`;
  return { lastName, firstName: first, patronymic };
}

const TRANSLIT: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', і: 'i',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u',
  ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * Latin letters for an e-mail local part.
 * @example transliterate('Әсел') // → 'asel'
 */
export function transliterate(text: string): string {
  return Array.from(text.toLowerCase())
    .map((ch) => TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : ''))
    .join('');
}
