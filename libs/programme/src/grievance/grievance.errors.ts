import { SaksiError } from '@saksi/errors';

export class GrievanceError extends SaksiError {
  static notFound(grievanceId: string): GrievanceError {
    return new GrievanceError(
      'GRIEVANCE.NOT_FOUND',
      'not-found',
      { id: `Pengaduan ${grievanceId} tidak ditemukan.`, en: `Grievance ${grievanceId} does not exist.` },
      { grievanceId },
    );
  }

  static alreadyFiled(grievanceId: string): GrievanceError {
    return new GrievanceError(
      'GRIEVANCE.ALREADY_FILED',
      'conflict',
      { id: `Pengaduan ${grievanceId} sudah tercatat.`, en: `Grievance ${grievanceId} is already filed.` },
      { grievanceId },
    );
  }

  static alreadyAnswered(grievanceId: string): GrievanceError {
    return new GrievanceError(
      'GRIEVANCE.ALREADY_ANSWERED',
      'conflict',
      { id: `Pengaduan ${grievanceId} sudah dijawab.`, en: `Grievance ${grievanceId} is already answered.` },
      { grievanceId },
    );
  }
}
