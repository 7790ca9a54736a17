#!/usr/bin/env node
// The CLI runs from the compiled build, which `npm ci` / `npm install` produce (the prepare script).
try {
  await import('../dist/apps/cli/src/main.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/apps/cli')) {
    console.error('saksi: the build is missing; run `npm run build` (or `npm install`) first.');
    process.exit(2);
  }
  throw error;
}
