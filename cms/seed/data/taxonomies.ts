import type { SeedDocument } from '../engine';

/** A taxonomy entry named in all four languages (taxonomies are always fully translated). */
const named = (
  lv: string,
  en: string,
  ru: string,
  uk: string,
  extra: { description?: [string, string, string, string]; shared?: Record<string, unknown> } = {},
): SeedDocument => {
  const [dlv, den, dru, duk] = extra.description ?? [];
  return {
    text: {
      lv: { name: lv, ...(dlv ? { description: dlv } : {}) },
      en: { name: en, ...(den ? { description: den } : {}) },
      ru: { name: ru, ...(dru ? { description: dru } : {}) },
      uk: { name: uk, ...(duk ? { description: duk } : {}) },
    },
    shared: extra.shared,
  };
};

export const LANGUAGES = [
  { code: 'lv', nativeName: 'Latviešu' },
  { code: 'en', nativeName: 'English' },
  { code: 'ru', nativeName: 'Русский' },
  { code: 'uk', nativeName: 'Українська' },
  { code: 'de', nativeName: 'Deutsch' },
  { code: 'fr', nativeName: 'Français' },
  { code: 'ar', nativeName: 'العربية' },
];

export const MUNICIPALITIES: SeedDocument[] = [
  named('Rīga', 'Riga', 'Рига', 'Рига'),
  named('Daugavpils', 'Daugavpils', 'Даугавпилс', 'Даугавпілс'),
  named('Liepāja', 'Liepāja', 'Лиепая', 'Лієпая'),
  named('Jelgava', 'Jelgava', 'Елгава', 'Єлгава'),
  named('Jūrmala', 'Jūrmala', 'Юрмала', 'Юрмала'),
  named('Ventspils', 'Ventspils', 'Вентспилс', 'Вентспілс'),
  named('Rēzekne', 'Rēzekne', 'Резекне', 'Резекне'),
  named('Valmiera', 'Valmiera', 'Валмиера', 'Валмієра'),
];

export const CATEGORIES: SeedDocument[] = [
  named('Uzturēšanās un dokumenti', 'Residence and documents', 'Пребывание и документы', 'Перебування та документи', {
    description: [
      'Uzturēšanās atļaujas, vīzas, personas kods un dokumentu apmaiņa.',
      'Residence permits, visas, personal code and document exchange.',
      'Виды на жительство, визы, персональный код и обмен документов.',
      'Посвідки на проживання, візи, персональний код та обмін документів.',
    ],
    shared: { order: 1 },
  }),
  named('Pilsonība', 'Citizenship', 'Гражданство', 'Громадянство', { shared: { order: 2 } }),
  named('Latviešu valoda', 'Latvian language', 'Латышский язык', 'Латиська мова', { shared: { order: 3 } }),
  named('Izglītība un bērni', 'Education and children', 'Образование и дети', 'Освіта та діти', { shared: { order: 4 } }),
  named('Darbs', 'Work', 'Работа', 'Робота', { shared: { order: 5 } }),
  named('Veselība', 'Health', 'Здоровье', "Здоров'я", { shared: { order: 6 } }),
  named('Sociālais atbalsts', 'Social support', 'Социальная поддержка', 'Соціальна підтримка', { shared: { order: 7 } }),
  named('Juridiskā palīdzība', 'Legal aid', 'Юридическая помощь', 'Юридична допомога', { shared: { order: 8 } }),
  named('Mājoklis', 'Housing', 'Жильё', 'Житло', { shared: { order: 9 } }),
];

export const AUDIENCES: SeedDocument[] = [
  named('Trešo valstu pilsoņi', 'Third-country nationals', 'Граждане третьих стран', 'Громадяни третіх країн'),
  named('Remigranti', 'Returning emigrants', 'Реэмигранты', 'Реемігранти'),
  named('Bēgļi un patvēruma meklētāji', 'Refugees and asylum seekers', 'Беженцы и лица, ищущие убежища', 'Біженці та шукачі притулку'),
  named('Mazākumtautības', 'Minorities', 'Национальные меньшинства', 'Національні меншини'),
  named('Darba devēji', 'Employers', 'Работодатели', 'Роботодавці'),
];

export const TOPICS: SeedDocument[] = [
  named('Uzturēšanās atļaujas', 'Residence permits', 'Виды на жительство', 'Посвідки на проживання'),
  named('Latviešu valodas apguve', 'Learning Latvian', 'Изучение латышского языка', 'Вивчення латиської мови'),
  named('Nodarbinātība', 'Employment', 'Трудоустройство', 'Працевлаштування'),
  named('Bērnu izglītība', "Children's education", 'Образование детей', 'Освіта дітей'),
  named('Veselības aprūpe', 'Health care', 'Здравоохранение', 'Охорона здоровʼя'),
  named('Remigrācija', 'Return migration', 'Реэмиграция', 'Реміграція'),
  named('Pilsoniskā līdzdalība', 'Civic participation', 'Гражданское участие', 'Громадянська участь'),
  named('Pagaidu aizsardzība', 'Temporary protection', 'Временная защита', 'Тимчасовий захист'),
  named('Starpinstitūciju sadarbība', 'Cooperation between institutions', 'Межведомственное сотрудничество', 'Міжвідомча співпраця'),
];

type Kind = 'state-institution' | 'municipality' | 'ngo' | 'private' | 'international';
const org = (kind: Kind, website: string | undefined, lv: string, en: string, ru: string, uk: string) =>
  named(lv, en, ru, uk, { shared: { kind, ...(website ? { website } : {}) } });

export const ORGANISATIONS: SeedDocument[] = [
  org(
    'ngo',
    'https://www.integration.lv',
    'Informācijas centrs iebraucējiem',
    'Information Centre for Immigrants',
    'Информационный центр для иммигрантов',
    'Інформаційний центр для іммігрантів',
  ),
  org(
    'ngo',
    'https://www.patverums-dm.lv',
    'Biedrība “Patvērums “Drošā māja””',
    'Shelter “Safe House”',
    'Общество «Убежище «Безопасный дом»»',
    'Товариство «Притулок «Безпечний дім»»',
  ),
  org(
    'state-institution',
    'https://www.pmlp.gov.lv',
    'Pilsonības un migrācijas lietu pārvalde',
    'Office of Citizenship and Migration Affairs',
    'Управление по делам гражданства и миграции',
    'Управління у справах громадянства та міграції',
  ),
  org(
    'state-institution',
    'https://www.nva.gov.lv',
    'Nodarbinātības valsts aģentūra',
    'State Employment Agency',
    'Государственное агентство занятости',
    'Державне агентство зайнятості',
  ),
  org(
    'state-institution',
    'https://valoda.lv',
    'Latviešu valodas aģentūra',
    'Latvian Language Agency',
    'Агентство латышского языка',
    'Агентство латиської мови',
  ),
  org(
    'state-institution',
    'https://www.vmnvd.gov.lv',
    'Nacionālais veselības dienests',
    'National Health Service',
    'Национальная служба здоровья',
    'Національна служба здоровʼя',
  ),
  org(
    'state-institution',
    'https://www.jpa.gov.lv',
    'Juridiskās palīdzības administrācija',
    'Legal Aid Administration',
    'Администрация юридической помощи',
    'Адміністрація юридичної допомоги',
  ),
  org(
    'state-institution',
    'https://www.km.gov.lv',
    'Kultūras ministrija',
    'Ministry of Culture',
    'Министерство культуры',
    'Міністерство культури',
  ),
  org(
    'state-institution',
    'https://www.sif.gov.lv',
    'Sabiedrības integrācijas fonds',
    'Society Integration Foundation',
    'Фонд интеграции общества',
    'Фонд інтеграції суспільства',
  ),
  org(
    'municipality',
    'https://www.riga.lv',
    'Rīgas valstspilsētas pašvaldība',
    'Riga City Council',
    'Самоуправление государственного города Рига',
    'Самоврядування державного міста Рига',
  ),
  org(
    'municipality',
    'https://www.daugavpils.lv',
    'Daugavpils valstspilsētas pašvaldība',
    'Daugavpils City Council',
    'Самоуправление государственного города Даугавпилс',
    'Самоврядування державного міста Даугавпілс',
  ),
  org(
    'state-institution',
    'https://www.latgale.lv',
    'Latgales plānošanas reģions',
    'Latgale Planning Region',
    'Латгальский плановый регион',
    'Латгальський плановий регіон',
  ),
  org(
    'private',
    'https://www.lddk.lv',
    'Latvijas Darba devēju konfederācija',
    'Employers’ Confederation of Latvia',
    'Конфедерация работодателей Латвии',
    'Конфедерація роботодавців Латвії',
  ),
  org(
    'international',
    'https://latvia.iom.int',
    'Starptautiskā Migrācijas organizācija Latvijā',
    'International Organization for Migration in Latvia',
    'Международная организация по миграции в Латвии',
    'Міжнародна організація з міграції в Латвії',
  ),
];
