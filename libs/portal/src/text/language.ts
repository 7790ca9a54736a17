import type { ReportLanguage } from '@saksi/projections';
import { z } from 'zod';

/** Indonesian first; English when a page is opened with `?lang=en`. */
export type Lang = ReportLanguage;

export const langParam = z.enum(['id', 'en']).default('id');

/** Two languages, one shape: a page's text is `TEXT[lang]`. */
export type Bilingual<T> = Record<Lang, T>;
