// Makes sure the browser tests have a Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium,
// installed with apt-get when missing (no test tool may download a browser of its own here).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH points at ${wanted}, which does not exist.`);
  process.exit(1);
}
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
console.log("Installing Debian's Chromium for the browser tests (apt-get install chromium)…");
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
} catch {
  console.error('Could not install Chromium. Install it yourself (apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
