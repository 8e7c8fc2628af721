import type { Logger } from 'pino';

export interface GithubRelayOptions {
  /** owner/name of the repository whose deploy workflow listens for repository_dispatch. */
  repository: string;
  token: string;
  apiUrl?: string;
  eventType?: string;
  logger: Logger;
}

/**
 * Instead of building here, asks GitHub Actions to build: GitHub will not take Strapi's
 * webhook body as it is, so the publisher sends its own repository_dispatch, once per
 * coalesced burst of events.
 */
export function createGithubRelay(options: GithubRelayOptions) {
  const { repository, token, apiUrl = 'https://api.github.com', eventType = 'cms-publish', logger } = options;
  return async (reasons: string[]) => {
    const response = await fetch(`${apiUrl.replace(/\/+$/, '')}/repos/${repository}/dispatches`, {
      method: 'POST',
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'X-GitHub-Api-Version': '2022-11-28',
      },
      body: JSON.stringify({ event_type: eventType, client_payload: { reasons: reasons.slice(0, 20) } }),
    });
    if (!response.ok) {
      const error = new Error(`GitHub refused the dispatch: ${response.status} ${response.statusText}`);
      logger.error({ reasons, status: response.status }, error.message);
      throw error;
    }
    logger.info({ reasons, repository }, 'repository_dispatch sent');
  };
}
