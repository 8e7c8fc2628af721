/**
 * pnpm rollback: puts the release before the live one live again (DATA_DIR, default .data).
 * Changes which release is live; deletes nothing.
 */
import { releaseStore, rollback, liveRelease } from './lib/releases.ts';
import { DATA_DIR } from './lib/paths.ts';
import { parseCli } from '@integra/contract/cli';

parseCli({
  command: 'pnpm rollback',
  summary: 'Puts the release before the live one live again (releases in DATA_DIR, default .data).',
  effects: 'Not destructive: deletes nothing, but changes which release readers get.',
});

const store = releaseStore(DATA_DIR);
const before = await liveRelease(store);
const after = await rollback(store);
if (!after) {
  console.error(`rollback: no release before ${before ?? '(none live)'} to go back to`);
  process.exit(1);
}
console.log(`rollback: live is now ${after} (was ${before})`);
