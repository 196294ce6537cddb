import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it); no test tool downloads a browser of its own. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The flags known to work on these machines: without the background-networking ones Chromium keeps
 * calling Google's hosts, which a closed network refuses many times a second.
 */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Any name but localhost resolves to nothing: a request off this machine fails at once, and is logged.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
];

/** A grid worker's Android phone and a department's office screen (APPS.md). */
export const DEVICES = {
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
  desk: { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, isMobile: false },
} as const;

export type DeviceName = keyof typeof DEVICES;

/**
 * Headless Chromium. Playwright gives each launch a fresh, empty --user-data-dir of its own and removes
 * it on close, so no state is carried over from an earlier run.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** Whether a URL stays on this machine. */
export function isLocal(url: string): boolean {
  if (/^(data|blob|about|chrome-error):/.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Every request a page made, and the ones that left the machine. */
export interface RequestLog {
  all: string[];
  offsite: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  device: DeviceName;
  requests: RequestLog;
  /** Closes the page's context; fails when the page asked for anything off this machine. */
  close(): Promise<void>;
}

const devices = new WeakMap<Page, DeviceName>();

/** The device a page was opened as (its screenshots are named after it). */
export function deviceOf(page: Page): DeviceName {
  return devices.get(page) ?? 'desk';
}

/**
 * A new page at phone or desk size, in its own context (its own storage: one signed-in user each),
 * zh-CN and Asia/Shanghai unless told otherwise, with every request it makes logged.
 */
export async function openPage(
  browser: Browser,
  device: DeviceName,
  options: { locale?: string; baseURL?: string } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    ...DEVICES[device],
    locale: options.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
  });
  const requests: RequestLog = { all: [], offsite: [] };
  // The context's event sees the pages' requests and their service workers'.
  context.on('request', (request) => {
    requests.all.push(request.url());
    if (!isLocal(request.url())) requests.offsite.push(request.url());
  });
  const page = await context.newPage();
  devices.set(page, device);
  return {
    page,
    context,
    device,
    requests,
    async close() {
      await context.close();
      if (requests.offsite.length > 0)
        throw new Error(
          `the page asked for ${requests.offsite.length} address(es) off this machine (a closed network has none):\n${requests.offsite.join('\n')}`,
        );
    },
  };
}
