import { expect, test } from '@playwright/test';

const HOST = 'http://host.test';

test('the deploy headers are served with every page', async ({ request }) => {
  const response = await request.get('/en/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
});

test('every page carries a hash-based script policy without unsafe-inline', async ({ page }) => {
  await page.goto('/en/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'/);
  expect(policy).not.toContain('unsafe-inline');
});

test('a page other than the embed refuses to render inside a frame on another site', async ({ page, baseURL }) => {
  await page.route(`${HOST}/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>host</title><iframe src="${baseURL}/en/"></iframe>` }),
  );
  await page.goto(`${HOST}/`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  // Chromium replaces a refused frame with its own error page.
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  await expect(frame!.getByText('Kaspersky')).toHaveCount(0);
});
