/**
 * Optional peer dependencies (`ioredis`, `bullmq`, `nodemailer`): a merchant installs one only for
 * the feature that needs it (a Redis store, the BullMQ queue, SMTP email), so they are imported on
 * first use, never at the top of `paymend/server`. When one is missing, the error names the package
 * to install and the feature that asked for it, instead of Node's bare ERR_MODULE_NOT_FOUND.
 *
 * Each caller writes its own literal `import('…')` (with the bundler-ignore comments): a bundler
 * (Next.js, esbuild) must not try to resolve, at build time, a package the app chose not to install.
 */

/** A missing optional peer, named: `npm install <package>`. */
export class MissingPeerError extends Error {
  constructor(
    readonly packageName: string,
    feature: string,
    options: { cause?: unknown } = {},
  ) {
    super(`paymend: ${feature} needs the "${packageName}" package. Install it next to paymend: npm install ${packageName}`, options);
    this.name = 'MissingPeerError';
  }
}

/** Whether `error` says that `packageName` itself (not something inside it) could not be found. */
function isMissing(error: unknown, packageName: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  return typeof message === 'string' && (message.includes(`'${packageName}'`) || message.includes(`"${packageName}"`));
}

/** Awaits `load` (a literal dynamic import); a missing package becomes a `MissingPeerError`. */
export async function optionalPeer<T>(load: () => Promise<T>, packageName: string, feature: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissing(error, packageName)) throw new MissingPeerError(packageName, feature, { cause: error });
    throw error;
  }
}
