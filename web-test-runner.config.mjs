import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';
import { meetingServerPlugin } from './scripts/meeting-server-plugin.mjs';
import { tcpProxyPlugin } from './scripts/tcp-proxy-plugin.mjs';

const chromium = (args) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: findChromium(), headless: true, args },
  });

// The device picker's tests switch cameras: their browser has three fake cameras (fake_device_0
// and fake_device_2 in color, fake_device_1 in gray). The other tests keep one camera (some send
// "the last camera" and expect live video, which fake_device_1 and fake_device_2 do not give).
// Run them with `npx wtr --group device-picker`; `--files` runs only the files it names.
const devicePickerTests = 'test/browser/device-picker.test.ts';
const threeCameras = chromiumArgs.map((arg) =>
  arg === '--use-fake-device-for-media-stream' ? `${arg}=device-count=3` : arg,
);

export default {
  files: ['test/browser/**/*.test.ts', `!${devicePickerTests}`],
  groups: process.argv.includes('--files')
    ? []
    : [{ name: 'device-picker', files: devicePickerTests, browsers: [chromium(threeCameras)] }],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    meetingServerPlugin(),
    tcpProxyPlugin(),
  ],
  browsers: [chromium(chromiumArgs)],
  // Meetings with several participants are heavy for a 2-core machine: one test file at a time.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
};
