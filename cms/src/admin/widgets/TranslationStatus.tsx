import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { Box, Flex, Typography, Link } from '@strapi/design-system';
import { DEFAULT_LOCALE } from '@integra/contract/locales';
import type { CollectedTranslationStatus } from '../../translations/collect';

/** Where the widget reads the report; see src/translations/admin-route.ts. */
const REPORT_PATH = '/integra/translation-status';
/** Read by screen readers, not shown: the widget's title says it already. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
/** The widget lists this many entries; `pnpm translations` prints all of them. */
const SHOWN = 8;

/** Homepage widget: per content type and language, how many entries are translated, missing or outdated. */
export function TranslationStatus() {
  const { get } = useFetchClient();
  const { formatMessage } = useIntl();
  const [report, setReport] = useState<CollectedTranslationStatus[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    get<{ data: CollectedTranslationStatus[] }>(REPORT_PATH)
      .then((response) => setReport(response.data.data))
      .catch(() => setFailed(true));
  }, [get]);

  if (failed) return <Widget.Error />;
  if (!report) return <Widget.Loading />;
  const incomplete = report.flatMap((type) => type.incomplete.map((doc) => ({ ...doc, contentType: type.contentType, uid: type.uid })));
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: `integra.translations.${id}`, defaultMessage }, values);

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box tag="table" width="100%">
        <caption style={VISUALLY_HIDDEN}>{t('caption', 'Translations per content type and language')}</caption>
        <thead>
          <tr>
            <Typography tag="th" variant="sigma" textAlign="left">
              {t('type', 'Content')}
            </Typography>
            {Object.keys(report[0]?.locales ?? {}).map((locale) => (
              <Typography tag="th" variant="sigma" key={locale} textAlign="right">
                {locale.toUpperCase()}
              </Typography>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.map((type) => (
            <tr key={type.contentType}>
              <Typography tag="th" scope="row" variant="omega" fontWeight="regular" textAlign="left">
                {type.contentType}
              </Typography>
              {Object.entries(type.locales).map(([locale, c]) => (
                <Typography tag="td" variant="omega" key={locale} textAlign="right">
                  {c.translated}/{type.documents}
                  {c.missing + c.outdated > 0 && (
                    <Typography variant="pi" textColor="danger600">
                      {' '}
                      {t('gaps', '({missing} missing, {outdated} outdated)', { missing: c.missing, outdated: c.outdated })}
                    </Typography>
                  )}
                </Typography>
              ))}
            </tr>
          ))}
        </tbody>
      </Box>
      {incomplete.length > 0 && (
        <Box tag="ul">
          {incomplete.slice(0, SHOWN).map((doc) => (
            <Box tag="li" key={`${doc.contentType}:${doc.documentId}`} paddingBottom={1}>
              <Link href={`/admin/content-manager/collection-types/${doc.uid}/${doc.documentId}?plugins[i18n][locale]=${DEFAULT_LOCALE}`}>
                {doc.label}
              </Link>{' '}
              <Typography variant="pi" textColor="neutral600">
                {[
                  doc.missing.length ? t('missing', 'missing: {locales}', { locales: doc.missing.join(', ') }) : '',
                  doc.outdated.length ? t('outdated', 'outdated: {locales}', { locales: doc.outdated.join(', ') }) : '',
                ]
                  .filter(Boolean)
                  .join('; ')}
              </Typography>
            </Box>
          ))}
          {incomplete.length > SHOWN && (
            <Typography variant="pi" textColor="neutral600">
              {t('more', 'and {count} more: run `pnpm translations` for the full list', { count: incomplete.length - SHOWN })}
            </Typography>
          )}
        </Box>
      )}
    </Flex>
  );
}
