import type { APIRoute } from 'astro';
import { localeInfo, localePaths } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { siteSettings } from '../../lib/content';
import { paths } from '../../utils/urls';
import { ICON_SIZES } from '../icons/[size].png';

export const getStaticPaths = localePaths;

/** The accent colour of src/styles/global.css: the installed app's title bar. */
export const THEME_COLOR = '#8a1538';

/**
 * The web app manifest of a locale: installed from an English page, the site opens on the
 * English home page, named in English. One app id per locale, so each installs on its own.
 */
export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  const t = useTranslations(locale);
  const name = (await siteSettings(locale))?.siteName ?? 'Integra';
  const manifest = {
    id: paths.home(locale),
    name,
    short_name: name,
    description: t('home.title'),
    lang: localeInfo(locale).htmlLang,
    start_url: paths.home(locale),
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: [
      ...ICON_SIZES.map((size) => ({ src: `/icons/${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
