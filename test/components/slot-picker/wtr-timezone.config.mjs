// Runs the slot picker's BST fortnight test with the browser in another time zone (Playwright's
// `timezoneId`), to show times are rendered in Europe/London whatever the browser's zone:
//
//   npx wtr --config test/components/slot-picker/wtr-timezone.config.mjs --port 8101
//
// HERO_TEST_TIME_ZONE picks the zone (default America/New_York). The page is told which zone to
// expect, so the test fails if the browser was not really moved.
import { playwrightLauncher } from '@web/test-runner-playwright';
import base from '../../../web-test-runner.config.mjs';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const timezoneId = process.env.HERO_TEST_TIME_ZONE ?? 'America/New_York';
const launchOptions = chromiumLaunchOptions;

export default {
  ...base,
  files: ['test/components/slot-picker/slot-picker-bst.test.ts'],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html><body>
      <script>window.__HERO_EXPECT_TIME_ZONE = ${JSON.stringify(timezoneId)};</script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions,
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }),
    }),
  ],
};
