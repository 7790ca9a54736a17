import { fetchPublic, publicResponse, type PublicResponse } from './public-responses.js';

export interface GrievanceForm {
  desa: string;
  program: string;
  kategori: string;
  isi: string;
  kontak: string;
}

/** The grievance form as a citizen's browser gets it; its signed token says when it was served. */
export async function openGrievanceForm(
  portalUrl: string,
  villageCode: string,
): Promise<{ page: PublicResponse; token: string }> {
  const page = await fetchPublic(`${portalUrl}/aduan?desa=${villageCode}`);
  const token = /name="t" value="([^"]+)"/.exec(page.body)?.[1];
  if (page.status !== 200 || !token) throw new Error(`no grievance form at ${page.url}: ${page.status}`);
  return { page, token };
}

/**
 * Posts the form as that browser would (its own origin, no key). The portal refuses a form sent
 * sooner than a person could fill it in, so open it a few seconds before.
 */
export async function fileGrievance(
  portalUrl: string,
  token: string,
  form: GrievanceForm,
): Promise<PublicResponse & { trackingCode: string | undefined }> {
  const response = await fetch(`${portalUrl}/aduan`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    body: new URLSearchParams({ t: token, situs: '', ...form }).toString(),
    redirect: 'manual',
  });
  const receipt = await publicResponse(`${portalUrl}/aduan`, response);
  return { ...receipt, trackingCode: /[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(receipt.body)?.[0] };
}
