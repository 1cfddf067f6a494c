import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser and server tests start processes; keep them apart from the 2-core machine's other work.
    pool: 'forks',
    // Vite exposes BASE_URL=/ to tests; Verbatim's BASE_URL setting means something else (a public origin).
    env: { BASE_URL: '' },
  },
});
