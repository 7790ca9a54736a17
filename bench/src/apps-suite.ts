import type { RunningSaksi } from './apps/running-saksi.js';
import type { BenchSizes } from './modes.js';
import { discoverPublicPages, type PageLatency, pageLatency } from './page-latency.workload.js';
import { RssSampler } from './process-memory.js';
import { type SteadyLoadFigures, steadyLoad, subscribedInspector } from './steady-load.workload.js';

export interface AppsFigures {
  label: string;
  load: SteadyLoadFigures;
  sustained?: SteadyLoadFigures;
  pages: PageLatency;
  /** Peak resident memory of each process during the run, in bytes. */
  memory: { name: string; bytes: number | undefined }[];
}

/** Saksi as its users start it: a steady write load, then 100 readers on the public pages it produced. */
export async function appsSuite(start: () => Promise<RunningSaksi>, sizes: BenchSizes): Promise<AppsFigures> {
  const saksi = await start();
  const processes = saksi.processes();
  const sampler = new RssSampler(processes.map((process) => process.pid)).start();
  try {
    const inspector = await subscribedInspector(saksi);
    const load = await steadyLoad(saksi, sizes.steadyRate, sizes.steadySeconds, inspector);
    const sustained = sizes.sustainedRate
      ? await steadyLoad(saksi, sizes.sustainedRate, sizes.steadySeconds, inspector, 1_000_000)
      : undefined;
    await inspector.close();
    const portal = saksi.url('portal');
    const pages = await pageLatency(portal, await discoverPublicPages(portal), sizes.pageSeconds);
    const peaks = sampler.stop();
    return {
      label: saksi.label,
      load,
      ...(sustained ? { sustained } : {}),
      pages,
      memory: processes.map(({ name, pid }) => ({ name, bytes: peaks.get(pid) })),
    };
  } finally {
    sampler.stop();
    await saksi.stop();
  }
}
