import { defineConfig } from 'vitest/config';

// Two projects, one seam each: `node` runs main-process services, the Electron glue (with `electron`
// mocked) and shared logic in plain Node; `dom` runs renderer components in jsdom with the bridge mocked.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/renderer/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts'],
        },
      },
    ],
  },
});
