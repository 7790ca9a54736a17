import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { A } from '@saksi/projections';
import type { Browser, Page } from 'playwright-core';
import {
  type PortalTestApp,
  seedProgramme,
  startPortalTestApp,
} from '../../libs/portal/src/testing/portal-test-app.js';
import {
  accessibilityViolations,
  launchChromium,
  phoneContext,
  screenshot,
  serious,
  type Violation,
} from './support/browser.js';

/**
 * The three journeys of issue 7 in a real browser (Debian's chromium, driven by playwright-core),
 * against the embedded default with the portal: every page checked with axe-core, and the main
 * pages photographed at phone size for the README.
 */
describe('the portal in a browser', () => {
  let saksi: PortalTestApp;
  let browser: Browser;
  let seeded: Map<string, number>;
  const findings = new Map<string, Violation[]>();

  async function accessible(page: Page, name: string): Promise<void> {
    const violations = await accessibilityViolations(page);
    findings.set(name, violations);
    expect({ page: name, violations: serious(violations) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    saksi = await startPortalTestApp('portal_browser', {
      operator: { role: 'operator', villages: [A] },
      inspector: { role: 'inspector' },
      forum: { role: 'forum' },
    });
    ({ positions: seeded } = await seedProgramme(saksi, saksi.keys['operator']!));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await saksi?.close();
    const report = [...findings].map(
      ([page, violations]) =>
        `${page}: ${violations.length ? violations.map((v) => `${v.id} (${v.impact}) ${v.targets.join(', ')}`).join('; ') : 'none'}`,
    );
    console.log(`axe-core findings by page:\n${report.join('\n')}`);
  });

  /** Puts an element at the top of the screen, for a screenshot of what matters on a long page. */
  async function scrollTo(page: Page, selector: string): Promise<void> {
    await page
      .locator(selector)
      .first()
      .evaluate((element) => {
        element.scrollIntoView({ block: 'start' });
      });
  }

  async function logIn(page: Page, holder: string): Promise<void> {
    await page.goto(`${saksi.baseUrl}/masuk`);
    await page.getByLabel('Kunci akses').fill(saksi.keys[holder]!);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pengawasan');
  }

  it('lets a citizen drill down to a village, open the events behind a figure and file a grievance', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${saksi.baseUrl}/`);
    await accessible(page, 'nation');
    await screenshot(page, 'nation');
    for (const area of ['Aceh', 'Kabupaten Aceh Selatan', 'Bakongan', 'Keude Bakongan'])
      await page.locator('#tabel-wilayah').getByRole('link', { name: area, exact: true }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Desa Keude Bakongan');
    await accessible(page, 'village');
    await screenshot(page, 'village');
    await scrollTo(page, '#h-uang');
    await screenshot(page, 'village-money');

    await page.getByRole('link', { name: 'Daftar penerima' }).click();
    await page.waitForLoadState('load');
    await accessible(page, 'recipients');
    await page.goBack();

    await page.locator('ul.cards').getByRole('link', { name: /Rp/ }).nth(1).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Catatan di balik angka: Pembayaran dibayar',
    );
    expect(await page.locator('ol.events > li').count()).toBe(5);
    await accessible(page, 'provenance');
    await scrollTo(page, 'h1');
    await screenshot(page, 'provenance');

    await page.goBack();
    await page.getByRole('link', { name: 'Ajukan pengaduan tentang desa ini' }).click();
    await page.waitForLoadState('load');
    const opened = Date.now();
    await expect(page.getByLabel('Kode desa').inputValue()).resolves.toBe(A);
    await accessible(page, 'grievance form');
    await page.getByLabel('Tentang apa?').selectOption('payment');
    await page.getByLabel('Pengaduan Anda').fill('Bantuan bulan Maret belum diterima keluarga di RT 02.');
    // The form refuses what is sent faster than a person could have written it.
    await page.waitForTimeout(Math.max(0, 3_300 - (Date.now() - opened)));
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Pengaduan Anda sudah tercatat',
    );
    const code = (await page.locator('#kode').textContent())!;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await accessible(page, 'grievance receipt');
    await screenshot(page, 'grievance-receipt');
    const [filed] = (await saksi.store.readAll({ after: (await saksi.store.head()).position - 1 })).filter(
      (event) => event.type === 'grievance.filed',
    );
    expect(filed?.data).toMatchObject({ trackingCode: code, villageCode: A, category: 'payment' });

    await page.getByRole('link', { name: 'Lihat jawaban pengaduan ini' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Pengaduan ${code}`);
    await expect(page.getByRole('status').textContent()).resolves.toBe('Belum dijawab.');
    await accessible(page, 'grievance status');
    await context.close();
  });

  it('lets an inspector triage an alert, seeing the evidence behind it', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'inspector');
    await accessible(page, 'oversight home');
    await page.getByRole('link', { name: 'Kotak peringatan' }).click();
    await page.waitForLoadState('load');
    await accessible(page, 'alert inbox');
    await screenshot(page, 'alert-inbox');
    await page
      .getByRole('link', { name: /Pembayaran kepada KPM yang saat dibayar belum disetujui Musdes/ })
      .first()
      .click();
    await page.waitForLoadState('load');
    expect(await page.locator('#h-bukti + p + ol.events > li').count()).toBeGreaterThan(0);
    await expect(page.locator('#status').textContent()).resolves.toBe('Baru');
    await accessible(page, 'alert');
    await screenshot(page, 'alert');

    await page.getByLabel('Catatan (boleh dikosongkan)').fill('Dicek ke desa minggu ini');
    await page.getByRole('button', { name: 'Terima peringatan' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('status').textContent()).resolves.toBe('Peringatan diterima dan tercatat.');
    await expect(page.locator('#status').textContent()).resolves.toBe('Ditangani');
    await page
      .getByLabel('Penyelesaian')
      .fill('KPM a3 belum disetujui Musdes; uang dikembalikan ke kas desa.');
    await page.getByRole('button', { name: 'Selesaikan peringatan' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('#status').textContent()).resolves.toBe('Selesai');

    const alertId = page.url().split('/').pop()!.split('?')[0]!;
    const stream = await saksi.store.readStream(`alert-${alertId}`);
    expect(stream.map((event) => event.type)).toEqual([
      'alert.raised',
      'alert.acknowledged',
      'alert.resolved',
    ]);
    expect(stream[1]!.data).toEqual({ alertId, note: 'Dicek ke desa minggu ini' });
    await context.close();
  });

  it('lets a forum member read a village timeline as it stood at a past date and a past position', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'forum');
    const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(/Kode desa/).fill(A);
    await page.getByLabel(/Keadaan per tanggal/).fill(yesterday);
    await page.getByRole('button', { name: 'Buka riwayat desa' }).click();
    await page.waitForLoadState('load');
    // Everything was recorded today: the day before, the log held nothing of this village yet.
    await expect(page.locator('#h-catatan + p').textContent()).resolves.toBe('Tidak ada catatan.');
    await accessible(page, 'timeline (empty past)');

    // The position of the January payments, as a head published at a January meeting would name it.
    const january = seeded.get('b1.2024-01.paid')!;
    await page.getByLabel(/Keadaan per tanggal/).fill('');
    await page.getByLabel(/per nomor urut catatan/).fill(String(january));
    await page.getByRole('button', { name: 'Buka riwayat desa' }).click();
    await page.waitForLoadState('load');
    const positions = await page
      .locator('ol.events > li')
      .evaluateAll((items) => items.map((item) => Number(item.id.slice(1))));
    expect(positions.length).toBeGreaterThan(0);
    expect(Math.max(...positions)).toBeLessThanOrEqual(january);
    await expect(page.getByRole('heading', { name: /KPM disetujui Musdes/ }).count()).resolves.toBe(3);
    await accessible(page, 'timeline');
    await scrollTo(page, '#h-catatan');
    await screenshot(page, 'timeline');

    await page.goto(`${saksi.baseUrl}/pengawasan/peringatan`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Permintaan tidak dapat diproses',
    );
    await context.close();
  });
});
