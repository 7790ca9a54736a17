/** How big each workload is: quick for CI (figures in under 5 minutes), full by hand for BENCHMARKS.md. */
export interface BenchSizes {
  mode: 'quick' | 'full';
  singleAppends: number;
  batches: number;
  batchSize: number;
  csvRows: number;
  relayEvents: number;
  /** Villages of the generated programme year the read models are measured on. */
  projectionVillages: number;
  steadyRate: number;
  /** A second, lower rate in full mode: what the same machine sustains, beside the target. */
  sustainedRate?: number;
  steadySeconds: number;
  pageSeconds: number;
  anomalyScale: number;
}

export function benchSizes(argv: string[]): BenchSizes {
  if (argv.includes('--quick'))
    return {
      mode: 'quick',
      singleAppends: 2_000,
      batches: 200,
      batchSize: 100,
      csvRows: 1_000,
      relayEvents: 20_000,
      projectionVillages: 10,
      steadyRate: 500,
      steadySeconds: 10,
      pageSeconds: 10,
      anomalyScale: 0.1,
    };
  return {
    mode: 'full',
    singleAppends: 10_000,
    batches: 1_000,
    batchSize: 100,
    csvRows: 5_000,
    relayEvents: 100_000,
    projectionVillages: 120,
    steadyRate: 500,
    sustainedRate: 100,
    steadySeconds: 60,
    pageSeconds: 30,
    anomalyScale: 1,
  };
}
