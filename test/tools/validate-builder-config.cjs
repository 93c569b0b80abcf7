// Validates the electron-builder config in package.json against electron-builder's own schema,
// without building or downloading anything (TOOLCHAIN §5). Internal paths: keep electron-builder pinned.
const path = require('node:path');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util/out/DebugLogger');

const projectDir = path.resolve(__dirname, '..', '..');

(async () => {
  const config = await getConfig(projectDir, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  console.log('electron-builder config OK');
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
