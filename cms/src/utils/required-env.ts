/**
 * Reads a setting that the CMS cannot run without, failing at start-up with the variable's
 * name instead of later with an obscure crypto error. `pnpm start` and `pnpm dev` generate
 * the local secrets into cms/.env, so this only fires where the environment is incomplete.
 */
export function requiredEnv(env: (key: string) => string | undefined, key: string): string {
  const value = env(key);
  if (!value) throw new Error(`${key} is not set. Run "node cms/scripts/ensure-env.ts" or set it in the environment.`);
  return value;
}
