import { type BilingualMessage, type ErrorKind, SaksiError } from '@saksi/errors';
import type { Role, StaffRole } from './actor.js';
import { ROLE_NAMES, roleList } from './role-names.js';

export type AccessErrorCode =
  | 'ACCESS.UNAUTHENTICATED'
  | 'ACCESS.FORBIDDEN'
  | 'ACCESS.VILLAGE_FORBIDDEN'
  | 'ACCESS.KEY_REQUEST_INVALID'
  | 'ACCESS.KEY_NOT_FOUND';

/** The one error type of access control; each refusal below is a named case of it. */
export abstract class AccessError extends SaksiError {
  protected constructor(
    override readonly code: AccessErrorCode,
    kind: ErrorKind,
    text: BilingualMessage,
    params: Record<string, unknown> = {},
  ) {
    super(code, kind, text, params);
  }
}

/**
 * 401. The three reasons share one code; a client only needs to know it must send a valid key.
 * Unknown and revoked keys get the same sentence, so the answer does not tell which keys exist.
 */
export class Unauthenticated extends AccessError {
  private constructor(reason: 'missing' | 'not-accepted' | 'malformed', text: BilingualMessage) {
    super('ACCESS.UNAUTHENTICATED', 'unauthenticated', text, { reason });
  }

  static missingKey(): Unauthenticated {
    return new Unauthenticated('missing', {
      id: 'Bagian ini hanya untuk petugas. Kirim kunci akses Anda di kepala permintaan "Authorization: Bearer <kunci>".',
      en: 'This is for staff only. Send your access key in the "Authorization: Bearer <key>" header.',
    });
  }

  static keyNotAccepted(): Unauthenticated {
    return new Unauthenticated('not-accepted', {
      id: 'Kunci akses ini tidak dikenali atau sudah dicabut. Mintalah kunci baru kepada admin Saksi.',
      en: 'This access key is not recognised or has been revoked. Ask a Saksi administrator for a new key.',
    });
  }

  static malformedHeader(): Unauthenticated {
    return new Unauthenticated('malformed', {
      id: 'Kepala Authorization tidak berbentuk benar. Tulis "Authorization: Bearer saksi_…" dengan kunci lengkap dari admin.',
      en: 'The Authorization header is malformed. Write "Authorization: Bearer saksi_…" with the whole key you were given.',
    });
  }
}

/** 403: the key is valid, but its role may not call this. */
export class RoleForbidden extends AccessError {
  private constructor(role: Role, allowed: readonly StaffRole[]) {
    super(
      'ACCESS.FORBIDDEN',
      'forbidden',
      {
        id: `Peran Anda (${ROLE_NAMES[role].id}) tidak diizinkan melakukan ini. Yang boleh: ${roleList(allowed, 'id')}.`,
        en: `Your role (${ROLE_NAMES[role].en}) may not do this. Allowed: ${roleList(allowed, 'en')}.`,
      },
      { role, allowed: [...allowed] },
    );
  }

  static of(role: Role, allowed: readonly StaffRole[]): RoleForbidden {
    return new RoleForbidden(role, allowed);
  }
}

/** 403: a write for a village the actor does not record for. */
export class VillageForbidden extends AccessError {
  private constructor(role: Role, villageCode: string, text: BilingualMessage) {
    super('ACCESS.VILLAGE_FORBIDDEN', 'forbidden', text, { role, villageCode });
  }

  static notAssigned(role: Role, villageCode: string): VillageForbidden {
    return new VillageForbidden(role, villageCode, {
      id: `Anda tidak ditugaskan untuk desa ${villageCode}, jadi tidak dapat mencatat untuk desa itu. Hubungi admin bila penugasan Anda perlu diubah.`,
      en: `You are not assigned to village ${villageCode}, so you cannot record for it. Ask an administrator if your assignment should change.`,
    });
  }

  /** Oversight must stay independent of what it oversees: forum and inspectors never record actions. */
  static roleCannotWrite(role: Role, villageCode: string): VillageForbidden {
    return new VillageForbidden(role, villageCode, {
      id: `Peran ${ROLE_NAMES[role].id} tidak mencatat kegiatan program (desa ${villageCode}); pencatatan dilakukan oleh operator desa.`,
      en: `The ${ROLE_NAMES[role].en} role does not record programme actions (village ${villageCode}); village operators do.`,
    });
  }
}

/** 400: issue() was given something it cannot turn into a key. */
export class AccessKeyRequestInvalid extends AccessError {
  private constructor(text: BilingualMessage, params: Record<string, unknown>) {
    super('ACCESS.KEY_REQUEST_INVALID', 'invalid', text, params);
  }

  static because(text: BilingualMessage, params: Record<string, unknown> = {}): AccessKeyRequestInvalid {
    return new AccessKeyRequestInvalid(text, params);
  }
}

/** 404: revoke() named a key that was never issued. */
export class AccessKeyNotFound extends AccessError {
  private constructor(id: string) {
    super(
      'ACCESS.KEY_NOT_FOUND',
      'not-found',
      { id: `Tidak ada kunci akses dengan nomor ${id}.`, en: `There is no access key with id ${id}.` },
      { id },
    );
  }

  static withId(id: string): AccessKeyNotFound {
    return new AccessKeyNotFound(id);
  }
}
