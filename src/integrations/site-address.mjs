/**
 * The site's public address. Without SITE_URL a build still works, but writes the placeholder domain into every
 * absolute address it prints: canonical links, the sitemap, the PDFs' QR codes, printed checker results, the embed
 * snippet and oEmbed. So a build without it says so, in one line, and goes on (a preview build needs no domain).
 */
export const PLACEHOLDER_SITE = 'https://kaspersky-ban.example.org';

/** @param {Record<string, string | undefined>} env */
export const siteAddress = (env) => env.SITE_URL || PLACEHOLDER_SITE;

/** @param {Record<string, string | undefined>} env @returns {string | undefined} */
export function siteAddressWarning(env) {
  if (env.SITE_URL) return undefined;
  return `SITE_URL is not set: QR codes, printed addresses, the embed snippet and oEmbed point to the placeholder ${PLACEHOLDER_SITE}. Build with SITE_URL=https://your.domain for a release.`;
}

/** @returns {import('astro').AstroIntegration} */
export default function siteAddressCheck() {
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
