/** A build without SITE_URL warns in one line and goes on with the placeholder; with it, it is silent. */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteAddress, siteAddressWarning } from '../../src/integrations/site-address.ts';

describe('the site address', () => {
  it('falls back to the placeholder, with one warning line naming SITE_URL and the placeholder', () => {
    expect(siteAddress({})).toBe(PLACEHOLDER_SITE);
    const warning = siteAddressWarning({ SITE_URL: '' });
    expect(warning).toContain('SITE_URL');
    expect(warning).toContain(PLACEHOLDER_SITE);
    expect(warning).not.toContain('\n');
  });

  it('uses SITE_URL without a word when it is set', () => {
    expect(siteAddress({ SITE_URL: 'https://example.com' })).toBe('https://example.com');
    expect(siteAddressWarning({ SITE_URL: 'https://example.com' })).toBeUndefined();
  });
});
