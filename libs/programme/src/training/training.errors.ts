import { SaksiError } from '@saksi/errors';

export class TrainingError extends SaksiError {
  static notFound(sessionId: string): TrainingError {
    return new TrainingError(
      'TRAINING.NOT_FOUND',
      'not-found',
      {
        id: `Sesi pelatihan ${sessionId} tidak ditemukan.`,
        en: `Training session ${sessionId} does not exist.`,
      },
      { sessionId },
    );
  }

  static alreadyScheduled(sessionId: string): TrainingError {
    return new TrainingError(
      'TRAINING.ALREADY_SCHEDULED',
      'conflict',
      {
        id: `Sesi pelatihan ${sessionId} sudah dijadwalkan.`,
        en: `Training session ${sessionId} is already scheduled.`,
      },
      { sessionId },
    );
  }

  static endsBeforeStart(sessionId: string): TrainingError {
    return new TrainingError(
      'TRAINING.ENDS_BEFORE_START',
      'invalid',
      {
        id: `Sesi pelatihan ${sessionId} harus selesai setelah dimulai.`,
        en: `Training session ${sessionId} must end after it starts.`,
      },
      { sessionId },
    );
  }

  static alreadyHeld(sessionId: string): TrainingError {
    return new TrainingError(
      'TRAINING.ALREADY_HELD',
      'conflict',
      {
        id: `Sesi pelatihan ${sessionId} sudah tercatat terlaksana.`,
        en: `Training session ${sessionId} is already recorded as held.`,
      },
      { sessionId },
    );
  }

  static attendanceRepeated(sessionId: string, kpmId: string): TrainingError {
    return new TrainingError(
      'ATTENDANCE.ALREADY_RECORDED',
      'conflict',
      {
        id: `Kehadiran anggota KPM ${kpmId} di sesi ${sessionId} sudah tercatat.`,
        en: `This member of KPM ${kpmId} is already recorded as attending session ${sessionId}.`,
      },
      { sessionId, kpmId },
    );
  }
}
