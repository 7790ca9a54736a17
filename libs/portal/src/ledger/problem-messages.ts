import type { Lang } from '../text/language.js';

interface ProblemBody {
  detail?: unknown;
  message?: { id?: unknown; en?: unknown };
  errors?: { path?: unknown; message?: { id?: unknown; en?: unknown } }[];
}

/**
 * The sentences of the ledger's refusal, in the reader's language, each field error named by the
 * label the reader saw on the form (`labels` maps the API's field paths to them).
 */
export function problemMessages(
  body: Record<string, unknown>,
  lang: Lang,
  labels: Record<string, string> = {},
): string[] {
  const problem = body as ProblemBody;
  const text = (message: { id?: unknown; en?: unknown } | undefined) =>
    typeof message?.[lang] === 'string' ? message[lang] : undefined;
  const fields = (problem.errors ?? [])
    .map((error) => {
      const message = text(error.message);
      if (!message) return undefined;
      const path = typeof error.path === 'string' ? error.path : '';
      const label = labels[path.replace(/^body\./, '')];
      return label ? `${label}: ${message}` : message;
    })
    .filter((message): message is string => message !== undefined);
  if (fields.length) return fields;
  const detail = text(problem.message) ?? (typeof problem.detail === 'string' ? problem.detail : undefined);
  return [detail ?? (lang === 'id' ? 'Permintaan ditolak.' : 'The request was refused.')];
}
