/**
 * Runs `task` once, after the browser has shown the page's first contentful paint, so the page's text is on
 * screen before the task's requests start. The paint entry arrives once that frame is presented; an animation
 * frame callback (or a task queued from one) can run before it, and the load event can too, on a small page.
 * A page that is never painted (a hidden tab, a frame out of view) sends no entry, so a timer starts the task
 * regardless, as it does in a browser without paint timing.
 */
const LATEST_MS = 1000;

export function afterFirstPaint(task: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    task();
  };
  const observer = PerformanceObserver.supportedEntryTypes.includes('paint')
    ? new PerformanceObserver((entries) => {
        if (entries.getEntriesByName('first-contentful-paint').length > 0) start();
      })
    : undefined;
  observer?.observe({ type: 'paint', buffered: true });
  setTimeout(start, LATEST_MS);
}
