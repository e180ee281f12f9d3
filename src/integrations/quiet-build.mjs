/**
 * Silences one known false alarm of the build, and only that one: Rolldown warns MODULE_LEVEL_DIRECTIVE
 * for the "use astro:head-inject" marker that Astro 7 writes into every MDX page's propagated-assets module,
 * although Astro reads the marker before bundling. Upstream: https://github.com/withastro/astro/issues/18087
 * (open for Astro 7.3.5). Drop this integration once an Astro release fixes it. Every other warning passes.
 */

/** @param {{ code?: string; message?: string }} log */
export const isKnownHeadInjectWarning = (log) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && (log.message ?? '').includes('"use astro:head-inject"');

/** @returns {import('astro').AstroIntegration} */
export default function quietBuild() {
  return {
    name: 'quiet-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning, warn) {
                  if (!isKnownHeadInjectWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
