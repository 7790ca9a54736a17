import type { Bilingual } from './language.js';

/** How a recorded event is described wherever the portal lists events. */
export const EVENTS: Bilingual<{
  position: string;
  recorded: string;
  occurred: string;
  stream: string;
  actor: string;
  hash: string;
  none: string;
  data: string;
}> = {
  id: {
    position: 'Nomor urut',
    recorded: 'Dicatat',
    occurred: 'Terjadi',
    stream: 'Alur catatan',
    actor: 'Pencatat dan sumber',
    hash: 'Hash',
    none: 'Tidak ada catatan.',
    data: 'Isi catatan',
  },
  en: {
    position: 'Position',
    recorded: 'Recorded',
    occurred: 'Happened',
    stream: 'Stream',
    actor: 'Recorded by, and source',
    hash: 'Hash',
    none: 'No records.',
    data: 'Contents',
  },
};
