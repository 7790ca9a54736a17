import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { runCreateAdminKey } from './admin.command.js';
import { runDemo } from './demo.command.js';
import { runErase } from './erase.command.js';
import { runGenerate } from './generate.command.js';
import { runImport } from './import.command.js';
import { runReplay } from './replay.command.js';
import { parseAnchor, runVerify } from './verify.command.js';

const program = new Command('saksi')
  .description('Saksi: the tamper-evident log of programme actions')
  .showHelpAfterError();

program
  .command('verify')
  .description(
    'Recompute the hash chain of the whole log. Uses DATABASE_URL, or the embedded data in SAKSI_DATA_DIR (./data).',
  )
  .option(
    '--expect <position:hash>',
    'a head published earlier that must still be in the log (repeatable)',
    (value, previous: ReturnType<typeof parseAnchor>) => {
      try {
        return parseAnchor(value, previous);
      } catch (error) {
        throw new InvalidArgumentError((error as Error).message);
      }
    },
    [],
  )
  .option('--json', 'print the result as one JSON object', false)
  .option('--batch-size <n>', 'events read per query', (value) => Number.parseInt(value, 10), 5000)
  .action(async (options: { expect: ReturnType<typeof parseAnchor>; json: boolean; batchSize: number }) => {
    process.exitCode = await runVerify(options);
  });

program
  .command('admin')
  .description('Administration')
  .command('create-key')
  .description('Create an administrator access key (the first one, or a way back in). Prints it once.')
  .requiredOption('--label <text>', 'what the key is for, e.g. "Kantor Desa Sukamaju admin"')
  .action(async (options: { label: string }) => {
    process.exitCode = await runCreateAdminKey(options.label);
  });

program
  .command('import')
  .description(
    'Import a CSV file (the whole file or none of it; see the README for the columns of each kind)',
  )
  .argument('<file>', 'the CSV file')
  .requiredOption('--kind <kind>', 'beneficiaries, approvals, payments or attendance')
  .action(async (file: string, options: { kind: string }) => {
    process.exitCode = await runImport(file, options.kind);
  });

program
  .command('demo')
  .description('Fill an empty database with a BLT Dana Desa year for the villages of one real regency')
  .option('--regency <code>', 'regency code from the official list', '11.01')
  .option('--villages <n>', 'how many of its villages (default: 20; "all" for every one)', '20')
  .option('--seed <n>', 'the same seed gives the same data', '2024')
  .action(async (options: { regency: string; villages: string; seed: string }) => {
    const villages = options.villages === 'all' ? undefined : Number.parseInt(options.villages, 10);
    process.exitCode = await runDemo({
      regency: options.regency,
      seed: Number(options.seed),
      ...(villages ? { villages } : {}),
    });
  });

program
  .command('generate')
  .description(
    'Write a realistic, seeded BLT-DD year for the real villages of an area, with planted anomalies: commands, CSV files, ground truth',
  )
  .requiredOption(
    '--area <code>',
    'an official code of any level (36, 36.01, 36.01.01, 36.01.01.2001) or ID for the nation',
  )
  .requiredOption('--out <dir>', 'the folder to write into')
  .option('--seed <n>', 'the same seed gives the same files', '1')
  .option('--villages <n>', 'at most this many villages of the area')
  .option('--year <yyyy>', 'the programme year (2020-2025)', '2024')
  .action(async (options: { area: string; out: string; seed: string; villages?: string; year: string }) => {
    process.exitCode = await runGenerate({
      area: options.area,
      out: options.out,
      seed: Number(options.seed),
      year: Number(options.year),
      ...(options.villages ? { villages: Number(options.villages) } : {}),
    });
  });

program
  .command('erase')
  .description(
    "Erase a family's personal data (UU 27/2022): its data key is destroyed; the log keeps its sealed bytes and stays verifiable",
  )
  .requiredOption('--kpm <id>', 'the KPM id of the family')
  .requiredOption(
    '--reason <text>',
    'the legal ground, e.g. a court order number or "the family\'s request under UU 27/2022" (no names)',
  )
  .action(async (options: { kpm: string; reason: string }) => {
    process.exitCode = await runErase(options);
  });

program
  .command('replay')
  .description(
    'Rebuild a read model from the start of the log while the old one keeps serving (programmes, beneficiaries, training, grievances, or all)',
  )
  .argument('<projection>', 'the read model to rebuild, or "all"')
  .action(async (name: string) => {
    process.exitCode = await runReplay(name);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(`saksi: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
