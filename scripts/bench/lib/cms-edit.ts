import type { TestCms } from '@integra/harness/test-cms';
import { createCmsClient } from '@integra/site/cms-client';

/** The service the rebuild and publish steps edit: the first one listed in English. */
export async function serviceToEdit(cms: TestCms): Promise<string> {
  const services = (await createCmsClient({ baseUrl: cms.url, pageSize: 1 }).listAll('services', { locale: 'en', fields: ['title'] })) as {
    documentId: string;
  }[];
  return services[0]!.documentId;
}

/** Changes one locale of a service's summary through the REST API, as an editor's save does. */
export async function editService(cms: TestCms, documentId: string, locale: string, summary: string): Promise<void> {
  await fetchJson(`${cms.url}/api/services/${documentId}?locale=${locale}`, cms.token, 'PUT', { data: { summary } });
}

async function fetchJson(url: string, token: string, method: string, body: unknown) {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
  return response.json();
}
