import { mapTranslations, type SeedDocument, type Translations } from '../engine';
import { toBlocks } from '../blocks';
import { many, one } from '../refs';
import { rigaDay, rigaTime } from '../time';

interface MeetingText {
  title: string;
  summary: string;
  agenda: string;
  outcomes?: string;
  venue?: string;
  address?: string;
  quotes?: { speaker: string; role: string; text: string }[];
  photoAlts?: string[];
}

interface MeetingFacts {
  day: string;
  from: string;
  to: string;
  topic: string;
  format: 'in-person' | 'online' | 'hybrid';
  municipality?: string;
  onlineUrl?: string;
  participants: string[];
  documents?: string[];
  photos?: string[];
}

const meeting = (facts: MeetingFacts, text: Translations<MeetingText>): SeedDocument => ({
  text: mapTranslations(text, (t) => ({
    title: t.title,
    summary: t.summary,
    agenda: toBlocks(t.agenda),
    ...(t.outcomes ? { outcomes: toBlocks(t.outcomes) } : {}),
    ...(t.venue
      ? {
          venue: {
            name: t.venue,
            address: t.address,
            ...(facts.municipality ? { municipality: one('municipality', facts.municipality) } : {}),
          },
        }
      : {}),
    ...(t.quotes ? { quotes: t.quotes } : {}),
    ...(facts.documents ? { documents: many('file', ...facts.documents) } : {}),
    ...(facts.photos && t.photoAlts ? { photos: facts.photos.map((file, i) => ({ file: one('file', file), alt: t.photoAlts![i] })) } : {}),
  })),
  shared: {
    start: rigaTime(facts.day, facts.from),
    end: rigaTime(facts.day, facts.to),
    format: facts.format,
    ...(facts.onlineUrl ? { onlineUrl: facts.onlineUrl } : {}),
    topic: one('topic', facts.topic),
    participants: many('organisation', ...facts.participants),
  },
});

const CENTRE = 'informacijas-centrs-iebraucejiem';
const SHELTER = 'biedriba-patverums-drosa-maja';
const AGENDA_2020 = {
  lv: '– Dalībnieku iepazīšanās\n– Jaunas iniciatīvas iebraucēju integrācijas jomā\n– Dialoga platformas darbības virzieni un tēmas',
  en: '– Introductions\n– New initiatives in the integration of newcomers\n– Directions and topics for the Dialogue platform',
  ru: '– Знакомство участников\n– Новые инициативы в сфере интеграции иммигрантов\n– Направления работы и темы Платформы диалога',
};

/** Six meetings of the Dialogue platform, 2020 onwards; the last one is weeks ahead of the seed day. */
export const meetings = (now: Date): SeedDocument[] => [
  meeting(
    {
      day: '2020-09-22',
      from: '10:00',
      to: '12:00',
      topic: 'starpinstituciju-sadarbiba',
      format: 'in-person',
      municipality: 'riga',
      participants: [SHELTER, CENTRE, 'latgales-planosanas-regions'],
      photos: ['demo-dialogue-2020.jpg'],
    },
    {
      lv: {
        title: 'Dialoga platforma turpinās iebraucēju integrāciju Latvijā',
        summary:
          'Dialoga platformas pirmajā tikšanās reizē iepazinās dažādu institūciju pārstāvji, tika sniegta informācija par jaunām iniciatīvām un ieskicēti platformas darbības virzieni un tēmas.',
        agenda: AGENDA_2020.lv,
        outcomes: `22.09.2020. no plkst. 10.00 līdz plkst. 12.00 notika Dialoga platformas pirmā tikšanās reize, kuras laikā savstarpēji iepazinās dažādu institūciju pārstāvji, tika sniegta informācija par jaunām iniciatīvām, kas šobrīd tiek īstenotas vai plānotas, kā arī ieskicēti Dialoga platformas iespējamie darbības virzieni un tēmas. Šajā tikšanās reizē piedalījās arī remigrācijas koordinatori.

Dialoga platformas mērķis ir veicināt praktisku sadarbību un diskusijas starp iestādēm un organizācijām, kas darbojas iebraucēju integrācijas jomā Latvijā – valsts iestādēm, pašvaldībām, nevalstiskajām organizācijām un privāto sektoru. Kā liecina pieredze, Platformas ietvaros tiek aktualizēti gan jautājumi, kas skar imigrantus, gan remigrantus un Latvijā dzīvojošās mazākumtautības. Turpmāk tiks rīkotas tikšanās reizi divos mēnešos.

Biedrība “Patvērums “Drošā māja”” turpmākos divus ar pusi gadus turpinās sniegt atbalstu integrācijas jomā trešo valstu valstspiederīgajiem, kuri ieradušies Latvijā. Līdz ar to savu darbu turpinās arī 2018. gadā izveidotā Dialoga platforma (plašāka informācija par platformas darbu: [www.integration.lv/lv/dialoga-platforma](http://www.integration.lv/lv/dialoga-platforma)).

Biedrība “Patvērums “Drošā māja”” aicina iesaistīties Dialoga platformā un kopā ar citām institūcijām un organizācijām aktualizēt sev interesējošos jautājumus. Katra tikšanās reize būs veltīta kādam konkrētam jautājumam.

Mājaslapā [www.integration.lv](http://www.integration.lv/) tiek publicēta informācija, kas attiecas uz trešo valstu pilsoņu integrāciju Latvijā, tai skaitā:

– pieejamie pakalpojumi trešo valstu pilsoņiem;
– aktuālā informācija par integrācijas pasākumiem, ko īsteno valsts un nevalstiskās organizācijas;
– informatīvie materiāli un resursi, kas domāti trešo valstu pilsoņiem.`,
        venue: 'Informācijas centrs iebraucējiem',
        address: 'Rīga',
        quotes: [
          {
            speaker: 'Astrīda Leščinska',
            role: 'remigrācijas koordinatore, Latgale',
            text: 'Sadarbība ar Informācijas centru iebraucējiem veiksmīgi turpinās kopš 2018.gada. Uz Latviju atgriežas dzīvot ģimenes, kurās viens no ģimenes locekļiem ir trešo valstu pilsonis. Ir svarīgi sniegt atbalstu par uzturēšanās atļaujām, pilsonības iegūšanu, latviešu valodas apguvi, bērnu iekļaušanu mācību vidē, u.c. jautājumiem.',
          },
        ],
        photoAlts: ['Dialoga platformas dalībnieki sēž pie kopīga galda apspriežu telpā'],
      },
      en: {
        title: 'The Dialogue platform continues the integration of newcomers in Latvia',
        summary:
          'At the first meeting of the Dialogue platform, representatives of different institutions got to know each other, heard about new initiatives and outlined the platform’s directions and topics.',
        agenda: AGENDA_2020.en,
        outcomes: `On 22 September 2020, from 10:00 to 12:00, the Dialogue platform held its first meeting. Representatives of different institutions got to know each other, shared information about new initiatives under way or planned, and outlined possible directions and topics for the platform. Return migration coordinators also took part.

The Dialogue platform aims to foster practical cooperation and discussion between the institutions and organisations working on the integration of newcomers in Latvia: state institutions, municipalities, non-governmental organisations and the private sector. Experience shows that the platform raises issues affecting immigrants as well as returning emigrants and the minorities living in Latvia. From now on, meetings will be held every two months.

The association “Shelter “Safe House”” will continue to support third-country nationals who have come to Latvia for the next two and a half years. The Dialogue platform, set up in 2018, therefore continues its work too (more about the platform: [www.integration.lv/lv/dialoga-platforma](http://www.integration.lv/lv/dialoga-platforma)).

“Shelter “Safe House”” invites institutions and organisations to join the Dialogue platform and raise the issues that matter to them together with others. Each meeting will be devoted to one specific issue.

The website [www.integration.lv](http://www.integration.lv/) publishes information on the integration of third-country nationals in Latvia, including:

– services available to third-country nationals;
– current information on integration activities run by state and non-governmental organisations;
– information materials and resources for third-country nationals.`,
        venue: 'Information Centre for Immigrants',
        address: 'Riga',
        quotes: [
          {
            speaker: 'Astrīda Leščinska',
            role: 'return migration coordinator, Latgale',
            text: 'Our cooperation with the Information Centre for Immigrants has continued successfully since 2018. Families are coming back to live in Latvia in which one family member is a third-country national. It is important to support them with residence permits, acquiring citizenship, learning Latvian, including children in education and other matters.',
          },
        ],
        photoAlts: ['Dialogue platform participants seated around a shared table in a meeting room'],
      },
      ru: {
        title: 'Платформа диалога продолжит интеграцию иммигрантов в Латвии',
        summary:
          'На первой встрече Платформы диалога познакомились представители разных учреждений, прозвучала информация о новых инициативах и были намечены направления и темы работы платформы.',
        agenda: AGENDA_2020.ru,
        outcomes: `22.09.2020 с 10:00 до 12:00 прошла первая встреча Платформы диалога. Представители разных учреждений познакомились друг с другом, рассказали о новых инициативах, которые сейчас реализуются или планируются, и наметили возможные направления работы и темы платформы. Во встрече участвовали и координаторы по реэмиграции.

Цель Платформы диалога — содействовать практическому сотрудничеству и дискуссиям между учреждениями и организациями, работающими в сфере интеграции иммигрантов в Латвии: государственными учреждениями, самоуправлениями, неправительственными организациями и частным сектором. Как показывает опыт, на платформе поднимаются вопросы, касающиеся как иммигрантов, так и реэмигрантов и национальных меньшинств, живущих в Латвии. В дальнейшем встречи будут проходить раз в два месяца.

Общество «Убежище «Безопасный дом»» в ближайшие два с половиной года продолжит поддерживать граждан третьих стран, прибывших в Латвию. Тем самым продолжит работу и созданная в 2018 году Платформа диалога (подробнее о работе платформы: [www.integration.lv/lv/dialoga-platforma](http://www.integration.lv/lv/dialoga-platforma)).

Общество «Убежище «Безопасный дом»» приглашает присоединиться к Платформе диалога и вместе с другими учреждениями и организациями поднимать интересующие вопросы. Каждая встреча будет посвящена одному конкретному вопросу.

На сайте [www.integration.lv](http://www.integration.lv/) публикуется информация об интеграции граждан третьих стран в Латвии, в том числе:

– доступные услуги для граждан третьих стран;
– актуальная информация о мероприятиях по интеграции, которые проводят государственные и неправительственные организации;
– информационные материалы и ресурсы для граждан третьих стран.`,
        venue: 'Информационный центр для иммигрантов',
        address: 'Рига',
        quotes: [
          {
            speaker: 'Астрида Лещинска',
            role: 'координатор по реэмиграции, Латгалия',
            text: 'Сотрудничество с Информационным центром для иммигрантов успешно продолжается с 2018 года. В Латвию возвращаются семьи, в которых один из членов семьи — гражданин третьей страны. Важно поддерживать их в вопросах видов на жительство, получения гражданства, изучения латышского языка, включения детей в учебную среду и других.',
          },
        ],
        photoAlts: ['Участники Платформы диалога сидят за общим столом в зале заседаний'],
      },
    },
  ),
  meeting(
    {
      day: '2021-11-16',
      from: '10:00',
      to: '12:00',
      topic: 'latviesu-valodas-apguve',
      format: 'online',
      onlineUrl: 'https://meet.example.lv/dialogs-2021-11',
      participants: [CENTRE, 'latviesu-valodas-agentura', 'sabiedribas-integracijas-fonds', 'rigas-valstspilsetas-pasvaldiba'],
      documents: ['demo-dialogue-2021-minutes.pdf'],
    },
    {
      lv: {
        title: 'Latviešu valodas apguve pieaugušajiem iebraucējiem',
        summary: 'Kā padarīt latviešu valodas kursus pieejamākus strādājošiem iebraucējiem un viņu ģimenēm.',
        agenda: '– Kursu pieejamība reģionos\n– Tiešsaistes mācību pieredze pandēmijas laikā\n– Darba devēju iesaiste',
        outcomes:
          'Dalībnieki vienojās apkopot informāciju par visiem bezmaksas kursiem vienuviet un rosināt vakara un nedēļas nogales grupas strādājošajiem.',
      },
      en: {
        title: 'Latvian language learning for adult newcomers',
        summary: 'How to make Latvian courses easier to reach for working newcomers and their families.',
        agenda: '– Access to courses in the regions\n– Lessons learnt from online teaching during the pandemic\n– Involving employers',
        outcomes:
          'Participants agreed to gather all free courses in one place and to push for evening and weekend groups for people in work.',
      },
      ru: {
        title: 'Изучение латышского языка взрослыми иммигрантами',
        summary: 'Как сделать курсы латышского языка доступнее для работающих иммигрантов и их семей.',
        agenda: '– Доступность курсов в регионах\n– Опыт онлайн-обучения во время пандемии\n– Вовлечение работодателей',
        outcomes:
          'Участники договорились собрать информацию обо всех бесплатных курсах в одном месте и предложить вечерние группы и группы выходного дня для работающих.',
      },
    },
  ),
  meeting(
    {
      day: '2022-05-17',
      from: '13:00',
      to: '15:30',
      topic: 'pagaidu-aizsardziba',
      format: 'hybrid',
      municipality: 'riga',
      onlineUrl: 'https://meet.example.lv/dialogs-2022-05',
      participants: [
        CENTRE,
        SHELTER,
        'rigas-valstspilsetas-pasvaldiba',
        'daugavpils-valstspilsetas-pasvaldiba',
        'nodarbinatibas-valsts-agentura',
        'starptautiska-migracijas-organizacija-latvija',
      ],
    },
    {
      lv: {
        title: 'Pašvaldību atbalsts Ukrainas civiliedzīvotājiem',
        summary: 'Pašvaldības, valsts iestādes un biedrības dalījās pieredzē par izmitināšanu, darbu un bērnu izglītību.',
        agenda: '– Izmitināšana un sociālais atbalsts\n– Nodarbinātība un valodas kursi\n– Bērnu iekļaušana skolās',
        outcomes: 'Tika izveidots kontaktpersonu saraksts pašvaldībās un vienota informācijas lapa ukraiņu valodā.',
        venue: 'Informācijas centrs iebraucējiem',
        address: 'Rīga, Demo iela 1',
      },
      en: {
        title: 'Municipal support for civilians from Ukraine',
        summary: 'Municipalities, state institutions and NGOs shared experience of housing, work and schooling.',
        agenda: '– Housing and social support\n– Employment and language courses\n– Including children in schools',
        outcomes: 'A list of contact persons in municipalities and a shared information page in Ukrainian were set up.',
        venue: 'Information Centre for Immigrants',
        address: 'Riga, Demo iela 1',
      },
      ru: {
        title: 'Поддержка самоуправлениями гражданских лиц из Украины',
        summary: 'Самоуправления, государственные учреждения и общества поделились опытом размещения, трудоустройства и обучения детей.',
        agenda: '– Размещение и социальная поддержка\n– Трудоустройство и языковые курсы\n– Включение детей в школы',
        outcomes: 'Был составлен список контактных лиц в самоуправлениях и создана общая информационная страница на украинском языке.',
        venue: 'Информационный центр для иммигрантов',
        address: 'Рига, ул. Demo 1',
      },
      uk: {
        title: 'Підтримка самоврядуваннями цивільних з України',
        summary:
          'Самоврядування, державні установи та громадські організації поділилися досвідом розміщення, працевлаштування та навчання дітей.',
        agenda: '– Розміщення та соціальна підтримка\n– Працевлаштування та мовні курси\n– Включення дітей до шкіл',
        outcomes: 'Було складено список контактних осіб у самоврядуваннях і створено спільну інформаційну сторінку українською мовою.',
        venue: 'Інформаційний центр для іммігрантів',
        address: 'Рига, вул. Demo 1',
      },
    },
  ),
  meeting(
    {
      day: '2023-09-19',
      from: '10:00',
      to: '12:30',
      topic: 'nodarbinatiba',
      format: 'in-person',
      municipality: 'riga',
      participants: [
        CENTRE,
        'nodarbinatibas-valsts-agentura',
        'latvijas-darba-deveju-konfederacija',
        'pilsonibas-un-migracijas-lietu-parvalde',
      ],
      documents: ['demo-dialogue-2023-presentation.pdf'],
    },
    {
      lv: {
        title: 'Trešo valstu pilsoņu nodarbinātība',
        summary: 'Darba devēji un iestādes apsprieda, kā vienkāršot ārvalstu darbinieku pieņemšanu un iekļaušanu darbavietā.',
        agenda: '– Vakanču reģistrācija un uzturēšanās atļaujas\n– Darba devēju pieredze\n– Valodas apguve darbavietā',
        outcomes: 'Dalībnieki ierosināja izveidot darba devējiem paredzētu īsu ceļvedi un rīkot kopīgus informatīvus seminārus.',
        venue: 'Informācijas centrs iebraucējiem',
        address: 'Rīga, Demo iela 1',
        quotes: [
          {
            speaker: 'Demo dalībniece',
            role: 'personāla vadītāja, ražošanas uzņēmums',
            text: 'Vislielākais izaicinājums nav dokumenti, bet tas, kā jaunais kolēģis jūtas pirmajā mēnesī.',
          },
        ],
      },
      en: {
        title: 'Employment of third-country nationals',
        summary: 'Employers and institutions discussed how to make hiring and welcoming workers from abroad simpler.',
        agenda: '– Registering vacancies and residence permits\n– Employers’ experience\n– Learning the language at work',
        outcomes: 'Participants proposed a short guide for employers and joint information seminars.',
        venue: 'Information Centre for Immigrants',
        address: 'Riga, Demo iela 1',
        quotes: [
          {
            speaker: 'Demo participant',
            role: 'HR manager, manufacturing company',
            text: 'The biggest challenge is not the paperwork, but how the new colleague feels in the first month.',
          },
        ],
      },
      ru: {
        title: 'Трудоустройство граждан третьих стран',
        summary: 'Работодатели и учреждения обсудили, как упростить приём на работу иностранных работников и их включение в коллектив.',
        agenda: '– Регистрация вакансий и виды на жительство\n– Опыт работодателей\n– Изучение языка на рабочем месте',
        outcomes: 'Участники предложили подготовить краткий путеводитель для работодателей и проводить совместные информационные семинары.',
        venue: 'Информационный центр для иммигрантов',
        address: 'Рига, ул. Demo 1',
        quotes: [
          {
            speaker: 'Демо-участница',
            role: 'руководитель по персоналу, производственная компания',
            text: 'Самая большая трудность — не документы, а то, как новый коллега чувствует себя в первый месяц.',
          },
        ],
      },
    },
  ),
  meeting(
    {
      day: '2025-03-18',
      from: '10:00',
      to: '12:00',
      topic: 'bernu-izglitiba',
      format: 'in-person',
      municipality: 'jelgava',
      participants: [CENTRE, 'rigas-valstspilsetas-pasvaldiba', 'latviesu-valodas-agentura', 'kulturas-ministrija'],
      photos: ['demo-dialogue-2025.jpg'],
    },
    {
      lv: {
        title: 'Iebraucēju bērnu iekļaušana izglītībā',
        summary: 'Skolas, pašvaldības un valsts iestādes apsprieda atbalstu bērniem, kuri mācās latviešu valodu kā otro valodu.',
        agenda: '– Pedagogu palīgu pieredze\n– Vecāku iesaiste\n– Mācību materiāli',
        outcomes: 'Tika nolemts apkopot labās prakses piemērus un dalīties ar mācību materiāliem starp skolām.',
        venue: 'Jelgavas pilsētas bibliotēka',
        address: 'Jelgava, Akadēmijas iela 26',
        photoAlts: ['Skolotāji un pašvaldību pārstāvji diskusijā bibliotēkas zālē'],
      },
      en: {
        title: 'Including newcomers’ children in education',
        summary: 'Schools, municipalities and state institutions discussed support for children learning Latvian as a second language.',
        agenda: '– Teaching assistants’ experience\n– Involving parents\n– Teaching materials',
        outcomes: 'It was agreed to collect examples of good practice and share teaching materials between schools.',
        venue: 'Jelgava City Library',
        address: 'Jelgava, Akadēmijas iela 26',
        photoAlts: ['Teachers and municipal representatives in discussion in the library hall'],
      },
      ru: {
        title: 'Включение детей иммигрантов в образование',
        summary: 'Школы, самоуправления и государственные учреждения обсудили поддержку детей, изучающих латышский как второй язык.',
        agenda: '– Опыт ассистентов педагогов\n– Вовлечение родителей\n– Учебные материалы',
        outcomes: 'Решено собрать примеры хорошей практики и обмениваться учебными материалами между школами.',
        venue: 'Елгавская городская библиотека',
        address: 'Елгава, ул. Академияс, 26',
        photoAlts: ['Учителя и представители самоуправлений в дискуссии в зале библиотеки'],
      },
    },
  ),
  meeting(
    {
      day: rigaDay(now, 21),
      from: '10:00',
      to: '12:00',
      topic: 'veselibas-aprupe',
      format: 'hybrid',
      municipality: 'riga',
      onlineUrl: 'https://meet.example.lv/dialogs-nakama',
      participants: [CENTRE, SHELTER, 'nacionalais-veselibas-dienests', 'rigas-valstspilsetas-pasvaldiba'],
    },
    {
      lv: {
        title: 'Veselības aprūpes pieejamība iebraucējiem',
        summary: 'Nākamā tikšanās: kā iebraucēji atrod ģimenes ārstu, kā pārvarēt valodas barjeru un kur trūkst informācijas.',
        agenda: '– Ģimenes ārsta izvēle un reģistrācija\n– Tulkošana veselības aprūpē\n– Informācija iebraucējiem viņu valodās',
        venue: 'Informācijas centrs iebraucējiem',
        address: 'Rīga, Demo iela 1',
      },
      en: {
        title: 'Access to health care for newcomers',
        summary: 'Next meeting: how newcomers find a family doctor, how to overcome the language barrier and where information is missing.',
        agenda:
          '– Choosing and registering with a family doctor\n– Interpreting in health care\n– Information for newcomers in their languages',
        venue: 'Information Centre for Immigrants',
        address: 'Riga, Demo iela 1',
      },
      ru: {
        title: 'Доступность здравоохранения для иммигрантов',
        summary: 'Следующая встреча: как иммигранты находят семейного врача, как преодолеть языковой барьер и где не хватает информации.',
        agenda: '– Выбор семейного врача и регистрация\n– Перевод в здравоохранении\n– Информация для иммигрантов на их языках',
        venue: 'Информационный центр для иммигрантов',
        address: 'Рига, ул. Demo 1',
      },
    },
  ),
];
