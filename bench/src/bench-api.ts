import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessKeyService } from '@saksi/access';

/** A bench's client of a running app's API: POSTs as an administrator, answers the first event's position. */
export type Post = (app: NestExpressApplication, path: string, body: unknown) => Promise<number>;

export async function adminPoster(ledger: NestExpressApplication): Promise<Post> {
  const { key } = await ledger
    .get(AccessKeyService)
    .issue({ role: 'admin', label: 'bench', createdBy: 'bench' });
  return async (app, path, body) => {
    const port = (app.getHttpServer().address() as { port: number }).port;
    const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { events?: { position: number }[] };
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
    // Answers that record no event (a subscription) have no position.
    return answer.events?.[0]?.position ?? 0;
  };
}

/** The index-th bench family of a programme, in village 11.01.01.2001. */
export function benchFamily(index: number, programmeId: string): Record<string, unknown> {
  return {
    kpmId: `bench-${index}`,
    programmeId,
    villageCode: '11.01.01.2001',
    // A woman born 5 July 1980 in district 11.01.01: the NIK's day is 05 + 40.
    head: {
      name: 'Warga Bench',
      nik: `110101450780${String(index + 1).padStart(4, '0')}`,
      sex: 'F',
      birthDate: '1980-07-05',
    },
    members: [],
    sourceList: 'P3KE',
    otherAid: [],
  };
}
