/**
 * Silences one known false alarm of the build, and only that one: Rolldown warns MODULE_LEVEL_DIRECTIVE
 * for the "use astro:head-inject" marker that Astro 7 writes into every MDX page's propagated-assets module,
 * although Astro reads the marker before bundling. Upstream: https://github.com/withastro/astro/issues/18087
 * (open for Astro 7.3.5). Drop this integration once an Astro release fixes it. Every other warning passes.
 */
import type { AstroIntegration, ViteUserConfig } from 'astro';

export const isKnownHeadInjectWarning = (log: { code?: string; message?: string }) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && (log.message ?? '').includes('"use astro:head-inject"');

export default function quietBuild(): AstroIntegration {
  return {
    name: 'quiet-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const vite: ViteUserConfig = {
          build: {
            rolldownOptions: {
              onwarn(warning, warn) {
                if (!isKnownHeadInjectWarning(warning)) warn(warning);
              },
            },
          },
        };
        updateConfig({ vite });
      },
    },
  };
}
