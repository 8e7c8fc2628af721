import { getViteConfig } from 'astro/config';

// Component tests compile .astro files, so they run in Astro's own Vite setup (the Container API).
export default getViteConfig({ test: { include: ['tests/components/**/*.test.ts'] } }, { devToolbar: { enabled: false } });
