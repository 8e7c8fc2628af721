import { writeFileSync } from 'node:fs';
import { startTestCms } from './src/test-cms.ts';
const cms = await startTestCms({}, 1399);
writeFileSync('/tmp/urlcmp/cms.json', JSON.stringify({ url: cms.url, token: cms.token }));
console.log('ready', cms.url);
process.on('SIGTERM', async () => {
  await cms.stop();
  process.exit(0);
});
setInterval(() => {}, 1 << 30);
