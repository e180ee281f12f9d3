/** The embed builder: options update the snippet and the live previews (phone and wide); the copy button copies the snippet. */
import type { Locale } from '../../lib/i18n';
import { TIMELINE_CATEGORIES } from '../../lib/timeline/categories';
import { embedSnippet } from '../../lib/timeline/embedSnippet';
import { embedPath } from '../../lib/routes';

export function enhanceSnippet(): void {
  const section = document.querySelector<HTMLElement>('[data-embed-builder]');
  if (!section) return;
  const locale = section.dataset.locale as Locale;
  const site = new URL(section.dataset.site!);
  const texts = { embedFrameTitle: section.dataset.frameTitle!, embedFallback: section.dataset.fallback! };
  const form = section.querySelector<HTMLElement>('[data-embed-options]')!;
  const code = section.querySelector<HTMLElement>('[data-snippet]')!;
  const status = section.querySelector<HTMLElement>('[data-snippet-status]')!;
  const previews = [...section.querySelectorAll<HTMLIFrameElement>('[data-preview] iframe')];
  const button = section.querySelector<HTMLButtonElement>('[data-copy-snippet]')!;

  const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;

  form.hidden = false;
  form.addEventListener('change', () => {
    const params = new URLSearchParams();
    if (value('theme') !== 'light') params.set('theme', value('theme'));
    const categories = [...form.querySelectorAll<HTMLInputElement>('input[name="categories"]:checked')].map(
      (box) => box.value,
    );
    if (categories.length > 0 && categories.length < TIMELINE_CATEGORIES.length)
      params.set('categories', categories.join(','));
    if (value('event')) params.set('event', value('event'));
    const query = params.size > 0 ? `?${params}` : '';
    code.textContent = embedSnippet(locale, site, texts, query);
    for (const preview of previews) preview.src = `${embedPath(locale)}${query}`;
  });

  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const copied = await navigator.clipboard.writeText(code.textContent ?? '').then(
      () => true,
      () => false,
    );
    if (!copied) return;
    // Seen on the button and heard from the live region, then the button reads as before.
    const label = button.dataset.label ?? button.textContent ?? '';
    button.dataset.label = label;
    button.textContent = status.textContent = button.dataset.done ?? '';
    setTimeout(() => {
      button.textContent = label;
      status.textContent = '';
    }, 2500);
  });
}
