import { loadAreaDirectory } from '@saksi/area';
import { FileSink, writeGeneratedYear, YearGenerator } from '@saksi/generator';

export interface GenerateCommandOptions {
  area: string;
  seed: number;
  out: string;
  villages?: number;
  year?: number;
}

/** Generates a programme year for the area's real villages into a folder; it touches no database. */
export async function runGenerate(options: GenerateCommandOptions): Promise<number> {
  const started = performance.now();
  const generator = new YearGenerator(await loadAreaDirectory(), {
    area: options.area,
    seed: options.seed,
    ...(options.villages ? { villages: options.villages } : {}),
    ...(options.year ? { year: options.year } : {}),
  });
  const sink = await FileSink.open(options.out);
  try {
    const summary = await writeGeneratedYear(generator, sink);
    const seconds = (performance.now() - started) / 1000;
    const { area } = summary;
    console.log(
      `Generated BLT-DD ${summary.year} for ${summary.villages} villages of ${area.level} ${area.code} ${area.name}: ` +
        `${summary.families} families, ${summary.events} events (${summary.planted} anomalies planted) ` +
        `in ${seconds.toFixed(1)} s, ${Math.round(summary.events / seconds)} events/s.`,
    );
    for (const [file, bytes] of sink.bytes) console.log(`  ${options.out}/${file}  ${megabytes(bytes)}`);
    return 0;
  } finally {
    await sink.close();
  }
}

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;
