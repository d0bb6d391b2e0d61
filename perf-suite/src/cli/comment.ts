/**
 * `npm run perf -- comment ...`: hands over to the PR bot, `perf-suite/src/bot/cli.ts`
 * (`runCommentCommand(argv)`), which another part of the project writes. The bot is bundled on
 * demand with esbuild into perf-suite/dist/bot-cli.mjs, so this CLI builds whether or not the bot
 * exists yet; until it does, the subcommand says so and exits 2.
 *
 * Owns: the hand-over. Must not: know anything about GitHub.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT } from './help.js';
import type { Io } from './io.js';
import { perfSuiteRoot } from './paths.js';

export async function runComment(argv: readonly string[], io: Io, root = perfSuiteRoot()): Promise<number> {
  const source = join(root, 'src', 'bot', 'cli.ts');
  if (!existsSync(source)) {
    io.err('error: [cli] the `comment` subcommand is not available yet (perf-suite/src/bot/cli.ts does not exist)\n');
    return EXIT.usage;
  }
  const outfile = join(root, 'dist', 'bot-cli.mjs');
  const { build } = await import('esbuild');
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __weftCreateRequire } from 'node:module'; const require = __weftCreateRequire(import.meta.url);" },
  });
  const bot = (await import(pathToFileURL(outfile).href)) as { runCommentCommand: (argv: string[]) => Promise<number> };
  return bot.runCommentCommand([...argv]);
}
