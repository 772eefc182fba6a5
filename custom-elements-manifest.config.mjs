export default {
  globs: ['src/widgets/**/*.ts', 'src/core/base.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
