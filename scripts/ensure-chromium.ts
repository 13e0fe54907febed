/**
 * Makes sure a Chromium is available for the end-to-end tests: installs Debian's package when running as
 * root with apt, otherwise stops with one clear sentence.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium';

function installDebianChromium(): void {
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!findChromium() && canApt) installDebianChromium();
if (!findChromium()) {
  console.error(
    'The end-to-end tests need Chromium: install it (for example "sudo apt-get install chromium") or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
  process.exit(1);
}
