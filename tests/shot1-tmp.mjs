import { chromium } from '@playwright/test';
const [url, out, w, h, scheme] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme ?? 'light' });
await page.goto(url); await page.waitForTimeout(300);
await page.locator('.tl-figure').scrollIntoViewIfNeeded();
await page.screenshot({ path: out });
await browser.close();
