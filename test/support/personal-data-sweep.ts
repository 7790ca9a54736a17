import type { Finding, PersonalDataScanner } from './personal-data-scan.js';
import type { PublicResponse } from './public-responses.js';
import type { TopicMessage } from './topic-messages.js';

/** What a sweep read, for RELIABILITY.md: a leak test that read little proves little. */
export interface SweepCounts {
  logLines: number;
  kafkaMessages: number;
  publicResponses: number;
  bytes: number;
}

/** Everything a run let out, scanned as it is handed over: logs, the topic, public responses. */
export class PersonalDataSweep {
  readonly findings: Finding[] = [];
  readonly counts: SweepCounts = { logLines: 0, kafkaMessages: 0, publicResponses: 0, bytes: 0 };
  /** Public responses refused for the rate limit: they show nothing, so a sweep must have none. */
  limited = 0;

  constructor(private readonly scanner: PersonalDataScanner) {}

  log(source: string, text: string): void {
    this.counts.logLines += text.split('\n').filter((line) => line.trim() !== '').length;
    this.read(source, text);
  }

  kafka(messages: readonly TopicMessage[]): void {
    for (const message of messages) {
      this.counts.kafkaMessages++;
      const headers = Object.entries(message.headers).map(([name, value]) => `${name}: ${value}`);
      this.read(
        `kafka partition ${message.partition} offset ${message.offset}`,
        [`key: ${message.key}`, ...headers, message.value].join('\n'),
      );
    }
  }

  publicResponses(responses: readonly PublicResponse[]): void {
    for (const response of responses) {
      this.counts.publicResponses++;
      if (response.status === 429) this.limited++;
      this.read(`${response.status} GET ${response.url}`, response.text);
    }
  }

  private read(source: string, text: string): void {
    this.counts.bytes += Buffer.byteLength(text);
    this.findings.push(...this.scanner.scan(source, text));
  }
}
