import type { Translations } from '../engine';

const CONTACT = { phone: '+371 6700 0001', email: 'info@example.lv', website: 'https://www.integration.lv' };

/** Site-wide settings per locale. The demo notice tells readers this content is made up. */
export const GLOBAL: Translations<Record<string, unknown>> = {
  lv: {
    siteName: 'Informācijas centrs iebraucējiem',
    tagline: 'Pakalpojumi, pasākumi un materiāli iebraucējiem Latvijā',
    contact: { ...CONTACT, address: 'Rīga, Demo iela 1', openingHours: 'P–C 9.00–17.00, Pk 9.00–15.00' },
    footerLinks: [{ label: 'Latvija.gov.lv', url: 'https://www.latvija.gov.lv' }],
    demoNotice: 'Šī ir demonstrācijas vietne: saturs ir izdomāts, izņemot 2020. gada Dialoga platformas rakstu.',
  },
  en: {
    siteName: 'Information Centre for Immigrants',
    tagline: 'Services, events and materials for newcomers in Latvia',
    contact: { ...CONTACT, address: 'Riga, Demo iela 1', openingHours: 'Mon–Thu 9:00–17:00, Fri 9:00–15:00' },
    footerLinks: [{ label: 'Latvija.gov.lv', url: 'https://www.latvija.gov.lv' }],
    demoNotice: 'This is a demonstration site: the content is made up, except the 2020 Dialogue platform article.',
  },
  ru: {
    siteName: 'Информационный центр для иммигрантов',
    tagline: 'Услуги, мероприятия и материалы для иммигрантов в Латвии',
    contact: { ...CONTACT, address: 'Рига, ул. Demo 1', openingHours: 'Пн–Чт 9:00–17:00, Пт 9:00–15:00' },
    footerLinks: [{ label: 'Latvija.gov.lv', url: 'https://www.latvija.gov.lv' }],
    demoNotice: 'Это демонстрационный сайт: содержание вымышлено, кроме статьи о Платформе диалога 2020 года.',
  },
  uk: {
    siteName: 'Інформаційний центр для іммігрантів',
    tagline: 'Послуги, заходи та матеріали для іммігрантів у Латвії',
    contact: { ...CONTACT, address: 'Рига, вул. Demo 1', openingHours: 'Пн–Чт 9:00–17:00, Пт 9:00–15:00' },
    footerLinks: [{ label: 'Latvija.gov.lv', url: 'https://www.latvija.gov.lv' }],
    demoNotice: 'Це демонстраційний сайт: вміст вигаданий, крім статті про Платформу діалогу 2020 року.',
  },
};
