/** The detail panel: a copy of the selected event's list entry, opened by Enter or a click, closed by Escape. */
export interface DetailPanel {
  readonly isOpen: boolean;
  /** Shows the event in the panel if it is open (the selection moved). */
  refresh(id: string): void;
  open(id: string, options?: { focus?: boolean }): void;
  close(options?: { returnFocus?: boolean }): void;
}

/** `entryOf` finds an event's list entry; `onClose` returns focus to the chart when asked. */
export function createDetailPanel(
  detail: HTMLElement,
  entryOf: (id: string) => HTMLElement,
  onClose: (returnFocus: boolean) => void,
): DetailPanel {
  const body = detail.querySelector<HTMLElement>('[data-detail-body]')!;

  function fill(id: string): void {
    const article = entryOf(id).querySelector('article')!.cloneNode(true) as HTMLElement;
    // The copy must not repeat the entry's ids or name itself after the entry's heading.
    for (const el of article.querySelectorAll('[id]')) el.removeAttribute('id');
    article.removeAttribute('aria-labelledby');
    for (const el of article.querySelectorAll('details')) el.open = true;
    body.replaceChildren(article);
  }

  const panel: DetailPanel = {
    get isOpen() {
      return !detail.hidden;
    },
    refresh(id) {
      if (!detail.hidden) fill(id);
    },
    open(id, { focus = true } = {}) {
      fill(id);
      detail.hidden = false;
      if (focus) detail.querySelector<HTMLElement>('h2')!.focus();
    },
    close({ returnFocus = true } = {}) {
      detail.hidden = true;
      onClose(returnFocus);
    },
  };
  detail.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') panel.close();
  });
  detail.querySelector('[data-close]')!.addEventListener('click', () => panel.close());
  return panel;
}
