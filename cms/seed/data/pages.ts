import { mapTranslations, type SeedDocument, type Translations } from '../engine';
import { toBlocks } from '../blocks';

interface PageText {
  title: string;
  slug: string;
  summary: string;
  body: string;
}

/** Standing pages keep fixed slugs in every language: the site links to them by slug. */
const page = (text: Translations<PageText>): SeedDocument => ({
  text: mapTranslations(text, (t) => ({ ...t, body: toBlocks(t.body) })),
});

export const PAGES: SeedDocument[] = [
  page({
    lv: {
      slug: 'par-centru',
      title: 'Par centru',
      summary: 'Informācijas centrs iebraucējiem palīdz trešo valstu pilsoņiem, remigrantiem un mazākumtautībām iejusties Latvijā.',
      body: 'Centrs sniedz bezmaksas konsultācijas, rīko pasākumus un apkopo informāciju par pakalpojumiem iebraucējiem.\n\nMēs strādājam latviešu, angļu, krievu un ukraiņu valodā.',
    },
    en: {
      slug: 'about',
      title: 'About the centre',
      summary: 'The Information Centre for Immigrants helps third-country nationals, returning emigrants and minorities settle in Latvia.',
      body: 'The centre gives free advice, runs events and gathers information on services for newcomers.\n\nWe work in Latvian, English, Russian and Ukrainian.',
    },
    ru: {
      slug: 'o-tsentre',
      title: 'О центре',
      summary:
        'Информационный центр для иммигрантов помогает гражданам третьих стран, реэмигрантам и национальным меньшинствам обустроиться в Латвии.',
      body: 'Центр даёт бесплатные консультации, проводит мероприятия и собирает информацию об услугах для иммигрантов.\n\nМы работаем на латышском, английском, русском и украинском языках.',
    },
    uk: {
      slug: 'pro-tsentr',
      title: 'Про центр',
      summary:
        'Інформаційний центр для іммігрантів допомагає громадянам третіх країн, реемігрантам і національним меншинам облаштуватися в Латвії.',
      body: 'Центр надає безкоштовні консультації, проводить заходи та збирає інформацію про послуги для іммігрантів.\n\nМи працюємо латиською, англійською, російською та українською мовами.',
    },
  }),
  page({
    lv: {
      slug: 'dialoga-platforma',
      title: 'Dialoga platforma',
      summary:
        'Valsts iestādes, pašvaldības, nevalstiskās organizācijas un uzņēmumi tiekas reizi divos mēnešos, katru reizi par vienu tēmu.',
      body: 'Dialoga platforma izveidota 2018. gadā, lai veicinātu praktisku sadarbību iebraucēju integrācijas jomā. Katrā tikšanās reizē dalībnieki apspriež vienu konkrētu jautājumu un vienojas par turpmākajiem soļiem.\n\nLai iesaistītos, rakstiet mums.',
    },
    en: {
      slug: 'dialogue-platform',
      title: 'Dialogue platform',
      summary: 'State institutions, municipalities, NGOs and businesses meet every two months, each time on one topic.',
      body: 'The Dialogue platform was set up in 2018 to foster practical cooperation on the integration of newcomers. At each meeting participants discuss one specific issue and agree on next steps.\n\nWrite to us to take part.',
    },
    ru: {
      slug: 'platforma-dialoga',
      title: 'Платформа диалога',
      summary: 'Государственные учреждения, самоуправления, НГО и предприятия встречаются раз в два месяца, каждый раз на одну тему.',
      body: 'Платформа диалога создана в 2018 году для практического сотрудничества в сфере интеграции иммигрантов. На каждой встрече участники обсуждают один конкретный вопрос и договариваются о дальнейших шагах.\n\nЧтобы присоединиться, напишите нам.',
    },
  }),
  page({
    lv: {
      slug: 'pieejamibas-pazinojums',
      title: 'Piekļūstamības paziņojums',
      summary: 'Kā mēs nodrošinām, ka vietni var lietot ikviens, un kā ziņot par problēmām.',
      body: 'Vietne veidota atbilstoši WCAG 2.1 AA prasībām: to var lietot ar tastatūru un ekrāna lasītāju, teksts ir pietiekami kontrastains, un attēliem ir alternatīvais teksts.\n\nJa kaut kas nedarbojas, rakstiet uz info@example.lv.',
    },
    en: {
      slug: 'accessibility',
      title: 'Accessibility statement',
      summary: 'How we make sure everyone can use this website, and how to report a problem.',
      body: 'The website is built to WCAG 2.1 AA: it works with a keyboard and a screen reader, text has enough contrast and images have alternative text.\n\nIf something does not work, write to info@example.lv.',
    },
    ru: {
      slug: 'dostupnost',
      title: 'Заявление о доступности',
      summary: 'Как мы обеспечиваем, чтобы сайтом мог пользоваться каждый, и как сообщить о проблеме.',
      body: 'Сайт создан в соответствии с WCAG 2.1 AA: им можно пользоваться с клавиатуры и с программой чтения с экрана, текст достаточно контрастен, у изображений есть альтернативный текст.\n\nЕсли что-то не работает, напишите на info@example.lv.',
    },
  }),
  page({
    lv: {
      slug: 'privatuma-politika',
      title: 'Privātuma politika',
      summary: 'Vietne neizmanto sīkdatnes un neseko apmeklētājiem.',
      body: 'Vietne ir statiska: tā neizmanto sīkdatnes, analītiku vai trešo pušu izsekošanu. Meklēšana notiek jūsu pārlūkā.\n\nJa sazināties ar mums, jūsu datus izmantojam tikai atbildei.',
    },
    en: {
      slug: 'privacy',
      title: 'Privacy policy',
      summary: 'This website uses no cookies and does not track visitors.',
      body: 'The website is static: it uses no cookies, analytics or third-party tracking. Search runs in your browser.\n\nIf you contact us, we use your details only to reply.',
    },
    ru: {
      slug: 'konfidentsialnost',
      title: 'Политика конфиденциальности',
      summary: 'Сайт не использует файлы cookie и не отслеживает посетителей.',
      body: 'Сайт статический: он не использует файлы cookie, аналитику или отслеживание третьими сторонами. Поиск выполняется в вашем браузере.\n\nЕсли вы связываетесь с нами, ваши данные используются только для ответа.',
    },
  }),
];
