/**
 * The site's public address. Without SITE_URL a build still works, but writes the placeholder domain into every
 * absolute address it prints: canonical links, the sitemap, the PDFs' QR codes, printed checker results, the embed
 * snippet and oEmbed. So a build without it says so, in one line, and goes on (a preview build needs no domain).
 */
import type { AstroIntegration } from 'astro';

type Environment = Record<string, string | undefined>;

export const PLACEHOLDER_SITE = 'https://kaspersky-ban.example.org';

export const siteAddress = (env: Environment) => env.SITE_URL || PLACEHOLDER_SITE;

export function siteAddressWarning(env: Environment): string | undefined {
  if (env.SITE_URL) return undefined;
  return `SITE_URL is not set: QR codes, printed addresses, the embed snippet and oEmbed point to the placeholder ${PLACEHOLDER_SITE}. Build with SITE_URL=https://your.domain for a release.`;
}

export default function siteAddressCheck(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = siteAddressWarning(process.env);
        if (warning) logger.warn(warning);
      },
    },
  };
}
